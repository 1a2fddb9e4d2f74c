package org.clusterwright.database;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyword problems both parsers report the same way: a keyword given twice, and an entry whose name is probably
 * password text (the tail of an unquoted password cut at a {@code ;}).
 */
final class SegmentChecks {
    /** Every SqlClient and Npgsql keyword looks like this; password fragments usually do not. */
    private static final Pattern KEYWORD_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9 _]*");

    private SegmentChecks() {
    }

    /** SqlClient and Npgsql both keep the last value, silently; the author probably meant only one. */
    static void duplicate(Segment earlier, Segment later, String keyword, Problems problems) {
        problems.warning(later.keyPosition(), "'" + keyword + "' is given a second time (the first is "
                        + ParseProblem.where(earlier.keyPosition()).toLowerCase(Locale.ROOT)
                        + "), and only this last one counts",
                "Remove one of them so it is clear which value applies");
    }

    /**
     * Handles an unknown entry whose name no keyword could have (symbols, a digit first). Such a name is most often
     * a piece of a password, so it is never quoted: an unquoted value ends at the first {@code ;}, and
     * {@code Password=abc;d#f=ghi} leaves an entry "d#f" that is really password text. Right after an unquoted
     * password that is an error, because the product would log in with only the part before the {@code ;} and the
     * driver would refuse the stray keyword anyway. Returns false for ordinary names, which callers report by name.
     */
    static boolean oddName(Segment segment, Segment previous, boolean previousIsPassword, Problems problems) {
        if (KEYWORD_LIKE.matcher(segment.key()).matches()) {
            return false;
        }
        if (previous != null && previousIsPassword && !previous.quoted()) {
            problems.error(segment.keyPosition(), "this entry comes right after an unquoted password and its name"
                            + " is not a keyword, so it is almost certainly the rest of the password cut off at a ';'",
                    "Put the whole password in quotes, for example Password='...' (double any ' inside it)");
        } else {
            problems.warning(segment.keyPosition(), "this entry's name has characters no keyword has (it is not"
                            + " repeated here in case it is part of a password), and the driver refuses unknown"
                            + " keywords", "Check what was meant here; if a value contains ';', put it in quotes");
        }
        return true;
    }
}
