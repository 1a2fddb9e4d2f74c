package org.clusterwright.cli;

import org.clusterwright.io.FilePrivacy;
import org.clusterwright.nodes.docker.OwnerOnlyFiles;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code --secrets-file}: one secret a line as {@code NAME=value}, NAME a secret reference such as
 * {@code database.password} or {@code node.node-1.password}; blank lines and lines starting with '#' are skipped.
 * The value is everything after the first '=', exactly as written: no escapes, so a password needs no quoting.
 * No message ever repeats a line, since a malformed line may well be a password.
 */
final class SecretsFile {

    private SecretsFile() {
    }

    static Map<SecretRef, Secret> read(Path file) {
        refuseIfOthersCanRead(file, FilePrivacy.forDefaultFileSystem());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UsableInputException.unusable("the secrets file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
        Map<SecretRef, Secret> secrets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            // a trailing carriage return is the editor's, not the password's
            String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            SecretRef ref = nameOn(line, i + 1, file);
            if (secrets.put(ref, Secret.of(line.substring(line.indexOf('=') + 1))) != null) {
                throw unusable(file, i + 1, "names " + ref.name() + " a second time");
            }
        }
        return secrets;
    }

    private static SecretRef nameOn(String line, int number, Path file) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw unusable(file, number, "has no '=': write NAME=value, for example database.password=...");
        }
        try {
            return SecretRef.of(line.substring(0, equals).strip());
        } catch (IllegalArgumentException e) {
            throw unusable(file, number, "does not start with a secret's name (lower-case letters, digits, '.', '_'"
                    + " or '-', for example storage.password)");
        }
    }

    /** Writes secrets in the format {@link #read} takes, into a new file only its owner may read. */
    static void write(Path file, Map<SecretRef, Secret> secrets) throws IOException {
        StringBuilder text = new StringBuilder();
        secrets.forEach((ref, secret) -> text.append(ref.name()).append('=').append(secret.reveal()).append('\n'));
        OwnerOnlyFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A file others can read is a password others can read; refuse rather than use it. */
    static void refuseIfOthersCanRead(Path file, FilePrivacy privacy) {
        Optional<String> others;
        try {
            others = privacy.readableByOthers(file);
        } catch (IOException e) {
            throw UsableInputException.unusable("the secrets file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
        if (others.isPresent()) {
            throw UsableInputException.unusable("the secrets file " + file + " can be read by other users ("
                    + others.get() + "). Make it private first: " + privacy.howToRestrict(file));
        }
    }

    private static UsableInputException unusable(Path file, int line, String problem) {
        return UsableInputException.unusable("line " + line + " of the secrets file " + file + " " + problem + ".");
    }
}
