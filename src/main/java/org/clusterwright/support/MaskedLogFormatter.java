package org.clusterwright.support;

import org.clusterwright.secrets.KnownSecrets;
import org.clusterwright.secrets.SecretMask;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log line per record, with its stack trace when it has one: local time, level, the process (the wizard and a
 * command may share the file), the logger's name, the message. The whole text, trace included, passes the report's
 * secret mask knowing every value in {@link KnownSecrets}, so a library that logs a connection string or a password
 * in an exception's message leaves a mask in the file, never the value.
 */
final class MaskedLogFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final long PID = ProcessHandle.current().pid();

    private List<String> maskedValues;
    private SecretMask mask;

    @Override
    public String format(LogRecord logRecord) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(logRecord.getInstant())).append(' ')
                .append(logRecord.getLevel().getName()).append(" [").append(PID).append("] ")
                .append(logRecord.getLoggerName()).append(": ")
                .append(formatMessage(logRecord)).append(System.lineSeparator());
        if (logRecord.getThrown() != null) {
            StringWriter trace = new StringWriter();
            logRecord.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return mask().apply(line.toString());
    }

    /** The mask for the secrets known now; made again only when a store has registered a new one. */
    private synchronized SecretMask mask() {
        List<String> known = KnownSecrets.values();
        if (known != maskedValues) {
            mask = SecretMask.knowing(known);
            maskedValues = known;
        }
        return mask;
    }
}
