package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.support.LogFolder;
import org.clusterwright.support.ProfileSecrets;
import org.clusterwright.support.SupportBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Write a support bundle: one zip with the profile, its journal (beside it), "
                + "the log files, and the versions of Clusterwright, Java, the OS, JavaFX and the drivers.",
                "",
                "Before it is written, every file in it is searched for the profile's secrets (given as for the other "
                        + "commands: " + CommandSecrets.DATABASE_PASSWORD + ", " + CommandSecrets.STORAGE_PASSWORD
                        + ", " + CommandSecrets.PROGET_API_KEY + ", " + NodePasswords.VARIABLE + " or --secrets-file,"
                        + " and the OS keyring) and each one found is masked; the command says which. A profile that"
                        + " cannot be read is bundled as it is, with the reason."},
        footer = {"%nExit code 0 when the bundle was written.", ExitCodes.HELP})
final class DiagnoseCommand implements Callable<Integer> {
    private final Function<String, String> environment;

    /** The environment comes from picocli's factory (see {@link CommandLineApp}), so tests can give their own. */
    DiagnoseCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The profile to bundle (default: the only profile in the default folder).")
    Path profileFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the zip.")
    Path out;

    @Mixin
    SecretsFileOption secrets;

    @Override
    public Integer call() throws IOException {
        Path profilePath = profileFile != null ? profileFile : CommandProfiles.onlyDefault();
        List<String> notes = new ArrayList<>();
        Profile profile = null;
        try {
            profile = CommandProfiles.load(profilePath);
        } catch (UsableInputException unreadable) {
            notes.add("The profile could not be read: " + unreadable.getMessage());
        }
        Map<String, Secret> known = profile == null ? givenWithoutProfile()
                : ProfileSecrets.held(profile, CommandSecrets.load(profile, null, secrets.secretsFile, environment));
        SupportBundle bundle = new SupportBundle(profilePath, LogFolder.of(environment), known, notes);
        Path target = out.toAbsolutePath().normalize();
        if (bundle.inputs().stream().anyMatch(input -> input.toAbsolutePath().normalize().equals(target))) {
            throw UsableInputException.unusable("--out " + out + " is one of the bundle's own files; choose another.");
        }
        SupportBundle.Written written = bundle.write(out);
        tell(written, notes);
        return ExitCodes.ALL_PASSED;
    }

    private void tell(SupportBundle.Written written, List<String> notes) {
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Wrote the support bundle to %s: %s.%n", written.file(), String.join(", ", written.entries()));
        notes.forEach(console::println);
        if (!written.missing().isEmpty()) {
            console.printf("Not included: %s.%n", String.join("; ", written.missing()));
        }
        if (written.masked().isEmpty()) {
            console.printf("Searched every file for %s: none was found.%n", written.secretsKnown());
        } else {
            console.printf("Masked before writing: %s.%n", written.maskedInWords());
        }
        console.println("The bundle names hosts, shares and accounts: look through it before you send it.");
    }

    /** Without a readable profile there are no references to ask the keyring for: what was given is all there is. */
    private Map<String, Secret> givenWithoutProfile() {
        Map<String, Secret> given = new LinkedHashMap<>();
        Map<String, String> variables = Map.of(CommandSecrets.DATABASE_PASSWORD, SecretRef.DATABASE_PASSWORD.name(),
                CommandSecrets.STORAGE_PASSWORD, SecretRef.STORAGE_PASSWORD.name(),
                CommandSecrets.PROGET_API_KEY, SecretRef.API_KEY.name(), NodePasswords.VARIABLE, "node password");
        variables.forEach((variable, name) -> {
            String value = environment.apply(variable);
            if (value != null && !value.isEmpty()) {
                given.put(name, Secret.of(value));
            }
        });
        if (secrets.secretsFile != null) {
            SecretsFile.read(secrets.secretsFile).forEach((ref, secret) -> given.put(ref.name(), secret));
        }
        return given;
    }
}
