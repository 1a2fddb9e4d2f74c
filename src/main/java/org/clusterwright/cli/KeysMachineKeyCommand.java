package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.keys.MachineKey;
import org.clusterwright.nodes.docker.OwnerOnlyFiles;
import org.clusterwright.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "machine-key", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"ProGet 5.3 and older: write a new IIS <machineKey> element (validation SHA1, decryption Auto) "
                + "to a file only its owner can read. The keys are never printed.",
                "Every server needs the same pair: paste the element from one file into each server's web.config."})
final class KeysMachineKeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The cluster's profile.")
    Path profileFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the element.")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing file (its pair may already be on some servers).")
    boolean force;

    @Override
    public Integer call() {
        Profile profile = CommandProfiles.load(profileFile);
        if (!profile.getVersionLine().needsMachineKey(profile.getProduct())) {
            throw UsableInputException.unusable("only ProGet 5.3 and older needs an IIS machine key; this profile is "
                    + profile.getProduct() + " " + profile.getVersionLine() + ", whose login cookie uses the EncryptionKey.");
        }
        if (Files.exists(out) && !force) {
            throw UsableInputException.unusable(out + " already exists and its pair may already be on some servers; "
                    + "pass --force to replace it.");
        }
        String content = "<!-- IIS machine key for ProGet 5.3 and older: put this element inside <system.web> of the "
                + "ProGet web site's web.config on every server. It is a secret: delete this file afterwards. -->\n"
                + MachineKey.generate().element().reveal() + "\n";
        try {
            OwnerOnlyFiles.write(out, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw UsableInputException.unusable("cannot write " + out + " (" + e.getClass().getSimpleName() + ").");
        }
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath() + " (readable by its owner only): "
                + MachineKey.MASKED_ELEMENT);
        return ExitCodes.ALL_PASSED;
    }
}
