package org.clusterwright.nodes.docker;

import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeAccessException.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an env file as Docker and Compose do: {@code NAME=value} per line, {@code #} comments, an optional
 * {@code export}, and quotes around the value removed. Values may be secrets, so no message quotes a line.
 */
public final class EnvFile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private EnvFile() {
    }

    public static Map<String, String> read(Path file) throws NodeAccessException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NodeAccessException(Problem.FILE_MISSING, file + " does not exist.",
                    "Check the node's env file setting.", e);
        } catch (IOException e) {
            throw new NodeAccessException(Problem.IO, file + " cannot be read (" + e.getClass().getSimpleName() + ").",
                    "Check the file's permissions.", e);
        }
        return parse(lines, file.toString());
    }

    static Map<String, String> parse(List<String> lines, String source) throws NodeAccessException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                throw new NodeAccessException(Problem.MALFORMED, source + " line " + (i + 1)
                        + " is not NAME=value.", "Fix that line of the env file.");
            }
            if (equals >= 0) {
                variables.put(name, unquote(line.substring(equals + 1).strip()));
            }
        }
        return variables;
    }

    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
