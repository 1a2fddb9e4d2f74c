package org.clusterwright.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --secrets-file}, for every command that needs secrets. A value is never an option: process lists show those. */
final class SecretsFileOption {
    @Option(names = "--secrets-file", paramLabel = "PATH", description = "Secrets for this run, one a line as "
            + "NAME=value (database.password, storage.password, node.NODE.password, api-key, encryption-key); the file "
            + "must be readable by its owner only. It wins over the environment; a secret given neither way is read "
            + "from the OS keyring, where the wizard keeps them.")
    Path secretsFile;
}
