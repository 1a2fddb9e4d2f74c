package org.clusterwright.nodes.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.profile.Product;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the environment of the product's service in a compose file: its {@code env_file}s, then its
 * {@code environment} (map or list form, which wins), with {@code ${NAME}} filled from the {@code .env} beside
 * the file as Compose does. File-based secrets are kept so {@code ..._FILE=/run/secrets/x} can be followed.
 */
final class ComposeFile {
    private ComposeFile() {
    }

    /** A compose file's service of the product: the parsed file, the service's name and node, and the file's folder. */
    record Service(JsonNode root, String name, JsonNode node, Path folder, Map<String, String> dotEnv) {
    }

    static Service service(Path file, String wantedService, Product product) throws NodeAccessException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            // no cause and no parser message: YAML errors quote the offending line, which may hold a secret
            String at = e instanceof com.fasterxml.jackson.core.JsonProcessingException parse && parse.getLocation() != null
                    ? " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")" : "";
            throw new NodeAccessException(Files.exists(file) ? Problem.MALFORMED : Problem.FILE_MISSING,
                    file + (Files.exists(file) ? " is not a readable compose file" + at + "." : " does not exist."),
                    "Check the node's env file setting, or fix the YAML at that place.", null);
        }
        Path folder = file.toAbsolutePath().getParent();
        Map<String, String> dotEnv = Files.isRegularFile(folder.resolve(".env"))
                ? EnvFile.read(folder.resolve(".env")) : Map.of();
        String name = pickService(root.path("services"), wantedService, product, file);
        return new Service(root, name, root.path("services").path(name), folder, dotEnv);
    }

    static DockerEnvironment read(Path file, String wantedService, Product product) throws NodeAccessException {
        Service found = service(file, wantedService, product);
        JsonNode root = found.root();
        Path folder = found.folder();
        Map<String, String> dotEnv = found.dotEnv();
        String name = found.name();
        JsonNode service = found.node();
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode envFile : listOf(service.path("env_file"))) {
            String path = envFile.isTextual() ? envFile.asText() : envFile.path("path").asText();
            variables.putAll(EnvFile.read(folder.resolve(path)));
        }
        JsonNode environment = service.path("environment");
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else {
            for (JsonNode entry : listOf(environment)) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                if (equals > 0) {
                    variables.put(text.substring(0, equals), text.substring(equals + 1));
                }
            }
        }
        variables.replaceAll((key, value) -> Interpolation.fill(value, dotEnv));
        Map<String, Path> secrets = new LinkedHashMap<>();
        root.path("secrets").fields().forEachRemaining(e -> {
            if (e.getValue().hasNonNull("file")) {
                secrets.put(e.getKey(), folder.resolve(e.getValue().get("file").asText()));
            }
        });
        return new DockerEnvironment(file + " (service " + name + ")", folder, variables, secrets);
    }

    private static String pickService(JsonNode services, String wanted, Product product, Path file)
            throws NodeAccessException {
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        if (wanted != null) {
            if (!services.has(wanted)) {
                throw new NodeAccessException(Problem.FILE_MISSING, file + " has no service '" + wanted
                        + "'; it has " + names + ".", "Name one of those services after '#' in the env file setting.");
            }
            return wanted;
        }
        List<String> candidates = new ArrayList<>();
        for (String name : names) {
            JsonNode service = services.get(name);
            String image = service.path("image").asText("");
            if (image.contains("inedo/" + product.id()) || service.toString().contains(product.environmentPrefix() + "_")
                    || name.equals(product.id())) {
                candidates.add(name);
            }
        }
        if (candidates.size() != 1) {
            throw new NodeAccessException(Problem.FILE_MISSING, file + " has " + (candidates.isEmpty() ? "no "
                    : candidates.size() + " ") + product.displayName() + " services" + (candidates.isEmpty() ? "" : " " + candidates)
                    + ".", "Name the service after '#' in the node's env file setting, for example compose.yml#"
                    + product.id() + ".");
        }
        return candidates.get(0);
    }

    private static List<JsonNode> listOf(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            Iterator<JsonNode> items = node.elements();
            items.forEachRemaining(list::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            list.add(node);
        }
        return list;
    }
}
