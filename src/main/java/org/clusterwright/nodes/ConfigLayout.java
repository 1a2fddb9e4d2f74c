package org.clusterwright.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the root element and its direct children sit in the text, as character positions. Built by a small
 * streaming scan over markup that the StAX pass has already proven well-formed, so it only has to skip comments,
 * processing instructions, CDATA, the DOCTYPE and quoted attribute values correctly.
 */
record ConfigLayout(String rootName, int rootStart, int rootOpenEnd, int rootCloseStart, boolean rootEmpty,
                    List<Child> children) {

    /** A direct child of the root: its whole extent and, unless it is written {@code <X/>}, its content. */
    record Child(String name, int start, int contentStart, int contentEnd, int end, boolean empty) {
    }

    Optional<Child> child(String name) {
        return children.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    long count(String name) {
        return children.stream().filter(c -> c.name().equals(name)).count();
    }

    static ConfigLayout scan(String text) {
        int depth = 0;
        int pos = 0;
        String root = null;
        int rootStart = -1, rootOpenEnd = -1, rootCloseStart = -1;
        boolean rootEmpty = false;
        List<Child> children = new ArrayList<>();
        String childName = null;
        int childStart = -1, childContent = -1;
        while ((pos = text.indexOf('<', pos)) >= 0) {
            if (text.startsWith("<!--", pos)) {
                pos = after(text, "-->", pos + 4);
            } else if (text.startsWith("<![CDATA[", pos)) {
                pos = after(text, "]]>", pos + 9);
            } else if (text.startsWith("<?", pos)) {
                pos = after(text, "?>", pos + 2);
            } else if (text.startsWith("<!", pos)) {
                pos = afterDeclaration(text, pos);
            } else if (text.startsWith("</", pos)) {
                int end = after(text, ">", pos);
                depth--;
                if (depth == 0) {
                    rootCloseStart = pos;
                } else if (depth == 1 && childName != null) {
                    children.add(new Child(childName, childStart, childContent, pos, end, false));
                    childName = null;
                }
                pos = end;
            } else {
                int end = tagEnd(text, pos);
                boolean empty = text.charAt(end - 2) == '/';
                String name = nameAt(text, pos + 1);
                if (depth == 0) {
                    root = name;
                    rootStart = pos;
                    rootOpenEnd = end;
                    rootEmpty = empty;
                } else if (depth == 1) {
                    if (empty) {
                        children.add(new Child(name, pos, end, end, end, true));
                    } else {
                        childName = name;
                        childStart = pos;
                        childContent = end;
                    }
                }
                if (!empty) {
                    depth++;
                }
                pos = end;
            }
        }
        return new ConfigLayout(root, rootStart, rootOpenEnd, rootCloseStart, rootEmpty, List.copyOf(children));
    }

    private static int after(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? text.length() : at + marker.length();
    }

    /** End of a start tag, skipping '>' inside quoted attribute values. */
    private static int tagEnd(String text, int pos) {
        char quote = 0;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** End of {@code <!DOCTYPE ...>}, which may hold an internal subset in brackets. */
    private static int afterDeclaration(String text, int pos) {
        int brackets = 0;
        char quote = 0;
        for (int i = pos + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static String nameAt(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(from, end);
    }
}
