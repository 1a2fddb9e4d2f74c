package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;
import org.clusterwright.nodes.ConfigLayout.Child;

import java.util.List;
import java.util.Optional;

/**
 * One change to one element, as a splice into the original bytes. A present element has only its text replaced;
 * {@code <X/>} becomes {@code <X>value</X>}; a missing element is inserted on a line of its own, indented and
 * ended like its neighbours, at the place Inedo's documentation puts it.
 */
final class ConfigSplice {
    private ConfigSplice() {
    }

    static byte[] set(XmlBytes xml, ConfigLayout layout, ConfigElement element, String value, String source)
            throws NodeAccessException {
        if (!xml.canEncode(value)) {
            throw new NodeAccessException(Problem.MALFORMED, "The new " + element.tag() + " has characters that "
                    + source + "'s encoding (" + xml.charset().name() + ") cannot hold.",
                    "Re-save the file as UTF-8, or use a value without those characters. Nothing was written.");
        }
        String escaped = escape(value);
        String tag = element.tag();
        Optional<Child> present = layout.child(tag);
        if (present.isPresent()) {
            Child child = present.get();
            return child.empty()
                    ? xml.splice(child.start(), child.end(), "<" + tag + ">" + escaped + "</" + tag + ">")
                    : xml.splice(child.contentStart(), child.contentEnd(), escaped);
        }
        String text = xml.text();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String markup = "<" + tag + ">" + escaped + "</" + tag + ">";
        if (layout.rootEmpty()) {
            // <InedoAppConfig/>: keep the tag and its attributes, open it and close it around the new line
            int slash = text.lastIndexOf('/', layout.rootOpenEnd() - 1);
            return xml.splice(slash, layout.rootOpenEnd(),
                    ">" + newline + "  " + markup + newline + "</" + layout.rootName() + ">");
        }
        List<Child> children = layout.children();
        if (children.isEmpty()) {
            return xml.splice(layout.rootOpenEnd(), layout.rootOpenEnd(), newline + "  " + markup);
        }
        String indent = indentBefore(text, children.get(0).start());
        Optional<Child> before = lastPreceding(layout, element);
        if (before.isPresent()) {
            int at = before.get().end();
            return xml.splice(at, at, newline + indent + markup);
        }
        int at = children.get(0).start();
        return xml.splice(at, at, markup + newline + indent);
    }

    /** The last element that the documented order puts before this one, if the file has any. */
    private static Optional<Child> lastPreceding(ConfigLayout layout, ConfigElement element) {
        Child found = null;
        for (Child child : layout.children()) {
            ConfigElement known = ConfigElement.ofTag(child.name());
            boolean precedes = known != null ? known.ordinal() < element.ordinal()
                    : !ConfigElement.FOLLOWING.contains(child.name());
            if (precedes && (found == null || child.end() > found.end())) {
                found = child;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The spaces or tabs between the start of the line and the element, for a new sibling to copy. */
    private static String indentBefore(String text, int position) {
        int start = position;
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        boolean ownLine = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
        return ownLine ? text.substring(start, position) : "  ";
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
