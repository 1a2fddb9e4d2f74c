package org.clusterwright.report;

import org.clusterwright.check.Status;

import java.util.List;
import java.util.Locale;

/**
 * Writes well-formed XHTML (the PDF renderer parses the page as XML), every text escaped. Links are written only for
 * http(s) addresses, so a value from a result can never become a script.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** Markup the caller wrote itself; never a value from outside. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag class="css">text</tag>}, the class omitted when empty. */
    Html element(String tag, String css, String text) {
        out.append('<').append(tag).append(css.isEmpty() ? "" : " class=\"" + css + "\"").append('>')
                .append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Html code(String text) {
        return element("code", "", text);
    }

    Html status(Status status) {
        return element("span", "status s-" + status.name().toLowerCase(Locale.ROOT), status.name());
    }

    Html pre(String css, List<String> lines) {
        return element("pre", css, String.join("\n", lines));
    }

    Html link(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            out.append("<a href=\"").append(escape(address)).append("\">").append(escape(address)).append("</a>");
        } else {
            text(address);
        }
        return this;
    }

    /** A row of header or data cells, each text escaped. */
    Html row(String cellTag, List<String> cells) {
        out.append("<tr>");
        cells.forEach(cell -> element(cellTag, "", cell));
        out.append("</tr>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
