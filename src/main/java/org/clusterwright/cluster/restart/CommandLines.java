package org.clusterwright.cluster.restart;

/** The pieces of a restart plan's command lines: quoting for each shell, and the wait for a node's health. */
public final class CommandLines {
    private CommandLines() {
    }

    /** A PowerShell single-quoted string: nothing inside is expanded; a quote is doubled. */
    public static String powerShellQuoted(String text) {
        return "'" + String.valueOf(text).replace("'", "''") + "'";
    }

    /** A POSIX shell word: as it is when it holds nothing the shell would read, single-quoted otherwise. */
    public static String shellQuoted(String text) {
        return text.matches("[A-Za-z0-9._/:=@-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** PowerShell that returns once {@code healthUrl} answers 200, asking every five seconds. */
    public static String powerShellUntilHealthy(String healthUrl) {
        return "do { Start-Sleep -Seconds 5; try { $ok = (Invoke-WebRequest -UseBasicParsing -TimeoutSec 10 -Uri "
                + powerShellQuoted(healthUrl) + ").StatusCode -eq 200 } catch { $ok = $false } } until ($ok)";
    }

    /** A POSIX shell loop that ends once {@code healthUrl} answers with success, asking every five seconds. */
    public static String shellUntilHealthy(String healthUrl) {
        return "until curl -fsS --max-time 10 " + shellQuoted(healthUrl) + " >/dev/null; do sleep 5; done";
    }
}
