package org.clusterwright.cli;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code --secrets-file}: one secret a line as {@code NAME=value}, NAME a secret reference such as
 * {@code database.password} or {@code node.node-1.password}; blank lines and lines starting with '#' are skipped.
 * The value is everything after the first '=', exactly as written: no escapes, so a password needs no quoting.
 * No message ever repeats a line, since a malformed line may well be a password.
 */
final class SecretsFile {
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private SecretsFile() {
    }

    static Map<SecretRef, Secret> read(Path file) {
        refuseIfOthersCanRead(file);
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
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException windows) {
            Files.createFile(file); // the user's own folders are private to the user by their ACLs
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A file others can read is a password others can read; refuse rather than use it. */
    private static void refuseIfOthersCanRead(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // Windows: access is governed by ACLs, which the user's profile folder already restricts
        } catch (IOException e) {
            throw UsableInputException.unusable("the secrets file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").");
        }
        if (permissions.stream().anyMatch(SHARED::contains)) {
            throw UsableInputException.unusable("the secrets file " + file + " can be read by other users ("
                    + PosixFilePermissions.toString(permissions) + "). Make it private first: chmod 600 " + file);
        }
    }

    private static UsableInputException unusable(Path file, int line, String problem) {
        return UsableInputException.unusable("line " + line + " of the secrets file " + file + " " + problem + ".");
    }
}
