package org.clusterwright.cluster.health;

/**
 * Mends the one known defect of a documented health answer: ProGet 5.2.9's example puts the replication object into
 * the top-level object without its {@code "replicationStatus":} key. Anything else is left as it is, so real syntax
 * errors still fail to parse.
 */
final class UnkeyedObjectRepair {
    static final String KEY = "replicationStatus";

    private UnkeyedObjectRepair() {
    }

    static String repair(String json) {
        StringBuilder out = new StringBuilder(json.length() + 24);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean expectingKey = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                out.append(c);
                continue;
            }
            if (c == '{' && depth == 1 && expectingKey) {
                out.append('"').append(KEY).append("\":");
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    expectingKey = false;
                }
                case '{', '[' -> {
                    depth++;
                    expectingKey = c == '{';
                }
                case '}', ']' -> {
                    depth--;
                    expectingKey = false;
                }
                case ',' -> expectingKey = true;
                default -> {
                    if (!Character.isWhitespace(c)) {
                        expectingKey = false;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
