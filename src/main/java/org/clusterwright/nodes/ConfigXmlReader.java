package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves a config file well-formed with StAX and reads the values of the elements Clusterwright knows. DTDs and
 * external entities are off: a config file has no business fetching anything.
 */
final class ConfigXmlReader {
    static final String ROOT = "InedoAppConfig";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    /** Quoted words a parser message may keep; anything else quoted might be a piece of a secret. */
    private static final Set<String> MARKUP = Set.of("InedoAppConfig", "ConnectionString", "PostgresConnectionString",
            "EncryptionKey", "WebServer", "xml", "version", "encoding", "standalone", "1.0", "UTF-8", "utf-8");

    private ConfigXmlReader() {
    }

    static Map<ConfigElement, String> read(String text, String source) throws NodeAccessException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<ConfigElement, String> values = new EnumMap<>(ConfigElement.class);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 1 && !ROOT.equals(name)) {
                        throw new NodeAccessException(Problem.MALFORMED, source + " has the root element <" + name
                                + ">, not <" + ROOT + ">, so it is not an Inedo product config file.",
                                "Check the node's config path. Nothing was written.");
                    }
                    ConfigElement element = depth == 2 ? ConfigElement.ofTag(name) : null;
                    if (element != null) {
                        values.put(element, textOnly(reader, source, name));
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw malformed(e, source);
        }
        return values;
    }

    private static String textOnly(XMLStreamReader reader, String source, String name) throws NodeAccessException {
        try {
            return reader.getElementText();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            if (at != null && e.getMessage() != null && e.getMessage().contains("text-only")) {
                throw new NodeAccessException(Problem.MALFORMED, source + ": <" + name + "> must hold text only, but "
                        + "has child elements (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ").",
                        "Fix the element by hand, then try again. Nothing was written.", e);
            }
            throw malformed(e, source);
        }
    }

    private static NodeAccessException malformed(XMLStreamException e, String source) {
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new NodeAccessException(Problem.MALFORMED, source + " is not well-formed XML" + where + ": "
                + reason(e) + ".", "Fix the file at that place (or restore it from a backup), then try again. "
                + "Nothing was written.", null); // no cause: the parser's own message may quote the file
    }

    /**
     * The parser's own words, minus anything it quoted from the file other than element names: a malformed
     * connection string must not leak its password through an error message.
     */
    static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        String text = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        Matcher matcher = QUOTED.matcher(text.strip());
        StringBuilder safe = new StringBuilder();
        while (matcher.find()) {
            String quoted = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String bare = quoted.replace("</", "").replace("<", "").replace(">", "");
            matcher.appendReplacement(safe, Matcher.quoteReplacement(MARKUP.contains(bare) ? matcher.group() : "\"...\""));
        }
        matcher.appendTail(safe);
        String result = safe.toString();
        return result.endsWith(".") ? result.substring(0, result.length() - 1) : result;
    }
}
