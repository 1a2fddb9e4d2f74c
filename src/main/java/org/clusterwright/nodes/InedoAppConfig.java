package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.secrets.Secret;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A product's InedoAppConfig file ({@code <Product>.config}): the values Clusterwright reads from it, and changes
 * that rewrite only the text of the changed elements. The BOM, the XML declaration, comments, the WebServer
 * attributes, whitespace, line endings and the encoding are the original bytes, because the change is a splice
 * into those bytes, never a re-serialisation of a parsed tree. Values are held as {@link Secret}s: connection
 * strings may carry passwords.
 */
public final class InedoAppConfig {
    private final XmlBytes xml;
    private final String source;
    private final ConfigLayout layout;
    private final Map<ConfigElement, Secret> values;

    private InedoAppConfig(XmlBytes xml, String source, ConfigLayout layout, Map<ConfigElement, Secret> values) {
        this.xml = xml;
        this.source = source;
        this.layout = layout;
        this.values = values;
    }

    /**
     * Parses a config file. {@code source} names it in messages (a path, never content). Malformed XML, another
     * root element or a duplicated element is refused with line and column, before anything could be written.
     */
    public static InedoAppConfig parse(byte[] bytes, String source) throws NodeAccessException {
        Objects.requireNonNull(bytes, "bytes");
        XmlBytes xml = XmlBytes.decode(bytes, source);
        Map<ConfigElement, String> read = ConfigXmlReader.read(xml.text(), source);
        ConfigLayout layout = ConfigLayout.scan(xml.text());
        for (ConfigElement element : ConfigElement.values()) {
            if (layout.count(element.tag()) > 1) {
                throw new NodeAccessException(Problem.MALFORMED, source + " has " + layout.count(element.tag())
                        + " <" + element.tag() + "> elements; the product would use only one of them.",
                        "Remove the extra <" + element.tag() + "> by hand, then try again. Nothing was written.");
            }
        }
        Map<ConfigElement, Secret> values = new EnumMap<>(ConfigElement.class);
        read.forEach((element, value) -> values.put(element, Secret.of(value)));
        return new InedoAppConfig(xml, source, layout, values);
    }

    /** The trimmed text of an element; empty when the element is missing or blank. */
    public Optional<Secret> value(ConfigElement element) {
        Secret value = values.get(element);
        if (value == null || value.reveal().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Secret.of(value.reveal().strip()));
    }

    public Optional<Secret> encryptionKey() {
        return value(ConfigElement.ENCRYPTION_KEY);
    }

    public Optional<Secret> connectionString() {
        return value(ConfigElement.CONNECTION_STRING);
    }

    public Optional<Secret> postgresConnectionString() {
        return value(ConfigElement.POSTGRES_CONNECTION_STRING);
    }

    /** True when the element is written in the file, even if empty. */
    public boolean has(ConfigElement element) {
        return layout.child(element.tag()).isPresent();
    }

    public byte[] bytes() {
        return xml.bytes().clone();
    }

    /** The file as text, for a diff that masks its secrets before showing it; never log this. */
    public String decodedText() {
        return xml.text();
    }

    /** The line ending the file uses, so inserted lines match it. */
    public String lineEnding() {
        return xml.text().contains("\r\n") ? "\r\n" : "\n";
    }

    /**
     * The file's bytes with these elements set to these values (inserted at their documented place if missing);
     * every other byte is unchanged. The result is parsed again and compared before it is returned.
     */
    public byte[] with(Map<ConfigElement, Secret> changes) throws NodeAccessException {
        InedoAppConfig current = this;
        for (ConfigElement element : ConfigElement.values()) {
            Secret value = changes.get(element);
            if (value != null && !current.rawValue(element).equals(Optional.of(value.reveal()))) {
                current = parse(ConfigSplice.set(current.xml, current.layout, element, value.reveal(), source), source);
            }
        }
        for (Map.Entry<ConfigElement, Secret> change : changes.entrySet()) {
            if (!current.rawValue(change.getKey()).equals(Optional.of(change.getValue().reveal()))) {
                throw new IllegalStateException("the rewritten " + source + " does not hold the new "
                        + change.getKey().tag() + "; nothing was written");
            }
        }
        return current.bytes();
    }

    public byte[] withEncryptionKey(Secret key) throws NodeAccessException {
        return with(Map.of(ConfigElement.ENCRYPTION_KEY, key));
    }

    private Optional<String> rawValue(ConfigElement element) {
        return Optional.ofNullable(values.get(element)).map(Secret::reveal);
    }

    @Override
    public String toString() {
        return "InedoAppConfig[" + source + "]";
    }
}
