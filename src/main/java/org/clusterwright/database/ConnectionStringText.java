package org.clusterwright.database;

import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The typed text of a connection string, kept segment by segment so it can be written back three ways: without
 * the password (what a profile stores), with the password masked (what is shown and logged), and complete (what a
 * node's config file needs). Segments are reused verbatim, so the author's spacing, quoting and keyword spelling
 * survive; only the separators between segments are normalised to one {@code ;}.
 */
final class ConnectionStringText {
    /** DbConnectionStringBuilder's own test for "this value can be written without quotes". */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[^\"'=;\\s\\p{Cntrl}]*");

    private record Piece(String raw, int valueOffset, boolean password) {
    }

    private final List<Piece> pieces;
    private final boolean trailingSemicolon;

    private ConnectionStringText(List<Piece> pieces, boolean trailingSemicolon) {
        this.pieces = List.copyOf(pieces);
        this.trailingSemicolon = trailingSemicolon;
    }

    static ConnectionStringText of(KeyValueSyntax.Result syntax, Predicate<Segment> isPassword) {
        List<Piece> pieces = new ArrayList<>();
        for (Segment segment : syntax.segments()) {
            pieces.add(new Piece(segment.raw(), segment.valueOffset(), isPassword.test(segment)));
        }
        return new ConnectionStringText(pieces, syntax.trailingSemicolon());
    }

    String withoutPassword() {
        return render(piece -> piece.password() ? null : piece.raw());
    }

    String masked() {
        return render(piece -> piece.password() ? piece.raw().substring(0, piece.valueOffset()) + Secret.MASK
                : piece.raw());
    }

    String complete() {
        return render(Piece::raw);
    }

    /**
     * The same text with every password entry replaced by one holding {@code password}. The new entry goes where
     * the first old one was, with the author's spelling of the keyword; a string stored without a password gets it
     * appended under {@code keyword}.
     */
    ConnectionStringText withPassword(String password, String keyword) {
        List<Piece> out = new ArrayList<>();
        String prefix = null;
        int at = -1;
        for (Piece piece : pieces) {
            if (piece.password()) {
                if (prefix == null) {
                    prefix = piece.raw().substring(0, piece.valueOffset());
                    at = out.size();
                }
            } else {
                out.add(piece);
            }
        }
        if (prefix == null) {
            // Follow the author's habit of a space after ';' so the appended entry does not stand out.
            boolean spaced = out.size() > 1 && Character.isWhitespace(out.get(1).raw().charAt(0));
            prefix = (spaced ? " " : "") + keyword + "=";
            at = out.size();
        }
        out.add(at, new Piece(prefix + quote(password), prefix.length(), true));
        return new ConnectionStringText(out, trailingSemicolon);
    }

    /** Quotes the way DbConnectionStringBuilder does, so SqlClient and Npgsql read back the same value. */
    static String quote(String value) {
        if (PLAIN_VALUE.matcher(value).matches()) {
            return value;
        }
        if (value.indexOf('"') >= 0 && value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private String render(Function<Piece, String> shown) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            String part = shown.apply(piece);
            if (part == null) {
                continue;
            }
            if (text.length() == 0) {
                part = part.stripLeading();
            } else {
                text.append(';');
            }
            text.append(part);
        }
        if (trailingSemicolon && text.length() > 0) {
            text.append(';');
        }
        return text.toString();
    }
}
