package org.clusterwright.support;

import org.clusterwright.Version;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What this program is and runs on, for {@code --version} and the support bundle: Clusterwright and its commit, the
 * Java runtime, the OS, and the versions of JavaFX and of the drivers that talk to the outside (the two JDBC drivers
 * and SMBJ), read from their jars without loading them.
 */
public final class Versions {
    static final String ABSENT = "not found";

    /** One line of the list: what, and which version. */
    public record Entry(String name, String version) {
        @Override
        public String toString() {
            return name + " " + version;
        }
    }

    private Versions() {
    }

    /** Clusterwright, its commit, Java and the OS: what {@code --version} prints. */
    public static List<Entry> program() {
        return List.of(new Entry("Clusterwright", Version.get()), new Entry("commit", Version.commit()),
                new Entry("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ")"),
                new Entry("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")"));
    }

    /** {@link #program()} and the libraries a support question usually turns on. */
    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>(program());
        entries.add(new Entry("JavaFX", javaFx()));
        entries.add(new Entry("mssql-jdbc", ofJarHolding("com.microsoft.sqlserver.jdbc.SQLServerDriver")));
        entries.add(new Entry("pgjdbc", ofJarHolding("org.postgresql.Driver")));
        entries.add(new Entry("SMBJ", ofJarHolding("com.hierynomus.smbj.SMBClient")));
        return entries;
    }

    /** JavaFX names its version in a file of its base module, on the class path and linked into a runtime alike. */
    static String javaFx() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("javafx.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("javafx.runtime.version", ABSENT);
            }
        } catch (IOException unreadable) {
            // fall through to the module's own version
        }
        return ModuleLayer.boot().findModule("javafx.base").flatMap(module -> module.getDescriptor().rawVersion())
                .orElse(ABSENT);
    }

    /** The version in the manifest of the jar that holds {@code className}, the class itself left unloaded. */
    static String ofJarHolding(String className) {
        try {
            Class<?> type = Class.forName(className, false, Versions.class.getClassLoader());
            return jarOf(type).flatMap(Versions::manifestVersion).orElse("unknown");
        } catch (ClassNotFoundException e) {
            return ABSENT;
        }
    }

    private static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()))
                    .filter(Files::isRegularFile);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> manifestVersion(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return Optional.empty();
            }
            Attributes attributes = file.getManifest().getMainAttributes();
            return Optional.ofNullable(attributes.getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                    .or(() -> Optional.ofNullable(attributes.getValue("Bundle-Version")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
