package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.cluster.lb.LbConfigKind;
import org.clusterwright.io.AtomicFiles;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "lb-config", mixinStandardHelpOptions = true,
        description = {"Write a load balancer configuration for the profile's nodes: health probe on /health, no session "
                + "affinity, drained nodes out of rotation, and a response header naming the node that answered "
                + "(the profile's node header, default X-Served-By), so 'check --step verify' can see the spread.",
                "nginx: a file for /etc/nginx/conf.d/. haproxy: a frontend and backend to add to haproxy.cfg. "
                        + "arr: the IIS Application Request Routing settings, as steps."},
        footer = ExitCodes.HELP)
final class LbConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The profile whose nodes to balance.")
    Path profileFile;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "nginx, haproxy or arr.",
            converter = KindConverter.class)
    LbConfigKind kind;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: standard output).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        String config;
        try {
            config = kind.generate(loadProfile());
        } catch (IllegalArgumentException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
        if (out == null) {
            spec.commandLine().getOut().print(config);
            spec.commandLine().getOut().flush();
            return ExitCodes.ALL_PASSED;
        }
        if (Files.exists(out) && !force) {
            throw UsableInputException.unusable(out + " already exists; pass --force to overwrite it.");
        }
        AtomicFiles.write(out, config.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return ExitCodes.ALL_PASSED;
    }

    private Profile loadProfile() {
        try {
            return new ProfileStore().load(profileFile);
        } catch (ProfileException e) {
            throw UsableInputException.unusable(e.getMessage());
        }
    }

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<LbConfigKind> {
        @Override
        public LbConfigKind convert(String value) {
            return LbConfigKind.fromId(value);
        }
    }
}
