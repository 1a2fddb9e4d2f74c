package org.clusterwright.nodes.docker;

import com.fasterxml.jackson.databind.JsonNode;
import org.clusterwright.nodes.NodeAccessException;
import org.clusterwright.profile.Product;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a compose file mounts at a path inside the product's container: a folder of the host (a bind mount), a named
 * volume the Docker host keeps for itself, or a named volume of a network share (driver options {@code type=cifs} or
 * {@code nfs} with a {@code device}). Both the short ({@code SOURCE:TARGET[:MODE]}) and the long form are read.
 *
 * @param source the host folder (made absolute against the compose file's folder), or the volume's name
 * @param device a network volume's device (such as {@code //files/proget}), or empty
 */
public record ContainerMount(Kind kind, String source, String device) {

    public enum Kind {
        /** A folder of the host, such as the mount point of the share. */
        BIND,
        /** A named volume on the Docker host's own disk: private to that host. */
        LOCAL_VOLUME,
        /** A named volume of a network share (CIFS or NFS). */
        SHARE_VOLUME
    }

    /**
     * What the compose file named by {@code setting} mounts at {@code containerPath} for the product's service; empty
     * when nothing is. Throws when the setting is no compose file or it cannot be read.
     */
    public static Optional<ContainerMount> read(String setting, Product product, String containerPath)
            throws NodeAccessException {
        FileSetting file = FileSetting.of(setting);
        if (!file.compose()) {
            throw new IllegalArgumentException(setting + " is an env file, which says nothing about mounts");
        }
        ComposeFile.Service service = ComposeFile.service(file.file(), file.service(), product);
        for (JsonNode volume : service.node().path("volumes")) {
            String source;
            String target;
            if (volume.isTextual()) {
                String[] parts = Interpolation.fill(volume.asText(), service.dotEnv()).split(":");
                if (parts.length < 2) {
                    continue;
                }
                source = parts[0];
                target = parts[1];
            } else {
                source = Interpolation.fill(volume.path("source").asText(""), service.dotEnv());
                target = volume.path("target").asText("");
            }
            if (samePath(target, containerPath)) {
                return Optional.of(of(source, service));
            }
        }
        return Optional.empty();
    }

    /** True when {@code setting} names a compose file: an env file says nothing about mounts. */
    public static boolean readable(String setting) {
        return FileSetting.of(setting).compose();
    }

    private static ContainerMount of(String source, ComposeFile.Service service) {
        if (source.startsWith("/") || source.startsWith(".") || source.startsWith("~")) {
            Path host = source.startsWith("/") ? Path.of(source) : service.folder().resolve(source).normalize();
            return new ContainerMount(Kind.BIND, host.toString(), "");
        }
        JsonNode options = service.root().path("volumes").path(source).path("driver_opts");
        String type = options.path("type").asText("");
        String device = options.path("device").asText("");
        boolean share = (type.equalsIgnoreCase("cifs") || type.equalsIgnoreCase("nfs") || type.startsWith("nfs"))
                && !device.isBlank();
        return share ? new ContainerMount(Kind.SHARE_VOLUME, source, device.strip())
                : new ContainerMount(Kind.LOCAL_VOLUME, source, "");
    }

    private static boolean samePath(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String path) {
        String text = path.strip();
        return text.endsWith("/") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }
}
