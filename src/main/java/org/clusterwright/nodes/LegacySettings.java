package org.clusterwright.nodes;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code <appSettings>} keys of a legacy .NET config file ({@code Web.config}, {@code «Product».Service.exe.config},
 * {@code Web_appSettings.config}, {@code App_appSettings.config}) that hold a connection string or an EncryptionKey:
 * "These values can still be defined in these files for compatibility purposes, and if present will override what is
 * specified in the shared config file" (Content/installation/configuration-files.md line 83). Inedo names the files,
 * not the keys; the keys seen in its and others' scripts are {@code InedoLib.DbConnectionString} and
 * {@code Core.DbConnectionString}, so any key naming a connection string or an encryption key counts. Values are never
 * kept: only the names, for a person to look at.
 */
final class LegacySettings {
    private LegacySettings() {
    }

    /** The overriding keys' names, in file order; empty for a file without them, or one that is not XML at all. */
    static List<String> overridingKeys(byte[] bytes, String source) {
        List<String> keys = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            String text = XmlBytes.decode(bytes, source).text();
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            boolean inAppSettings = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("appSettings")) {
                        inAppSettings = true;
                    } else if (inAppSettings && name.equals("add")) {
                        String key = attribute(reader, "key");
                        String value = attribute(reader, "value");
                        if (overrides(key) && !value.isBlank()) {
                            keys.add(key);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("appSettings")) {
                    inAppSettings = false;
                }
            }
        } catch (XMLStreamException | NodeAccessException e) {
            // a file that is not XML holds no appSettings the product could read either
        }
        return keys;
    }

    static boolean overrides(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("connectionstring") || lower.contains("encryptionkey");
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }
}
