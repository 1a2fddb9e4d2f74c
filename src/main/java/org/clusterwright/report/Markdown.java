package org.clusterwright.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown's quoting rules, so text from results reads as text and never as markup. */
final class Markdown {
    /**
     * What could start markup inside a line. A backslash only escapes punctuation, so it needs escaping only there:
     * a Windows path such as C:\ProgramData stays as it is written.
     */
    private static final Pattern MARKUP = Pattern.compile("\\\\(?=\\p{Punct}|$)|[`*_\\[\\]<|]");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private Markdown() {
    }

    /** Plain text on one line, markup characters escaped. */
    static String text(String value) {
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
        return MARKUP.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** An inline code span whose fence is longer than any run of backticks inside. */
    static String code(String value) {
        String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
        String fence = "`".repeat(longestBacktickRun(oneLine) + 1);
        String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }

    /** A fenced block, indented to sit inside a list item. */
    static void block(StringBuilder out, String indent, String language, List<String> lines) {
        String fence = "`".repeat(Math.max(3, lines.stream().mapToInt(Markdown::longestBacktickRun).max().orElse(0) + 1));
        out.append(indent).append(fence).append(language).append('\n');
        lines.forEach(line -> out.append(indent).append(line).append('\n'));
        out.append(indent).append(fence).append('\n');
    }

    private static int longestBacktickRun(String text) {
        Matcher runs = BACKTICKS.matcher(text);
        int longest = 0;
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        return longest;
    }
}
