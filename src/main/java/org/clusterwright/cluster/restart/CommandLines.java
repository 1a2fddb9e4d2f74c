package org.clusterwright.cluster.restart;

import java.time.Duration;

/**
 * The pieces of a restart plan's command lines: quoting for each shell, and the wait for a node to be back. The wait
 * asks what every node really answers, as the wizard's restart run does: {@code /health} with 200, or, where
 * {@code /health} answers 404 (Otter documents none), the web root with 200 to 399. It gives up after a deadline and
 * says to stop there, so a node that does not come back never leaves a loop running forever.
 */
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

    /** PowerShell that returns once the node is back, asking every five seconds, and throws after {@code deadline}. */
    public static String powerShellUntilBack(String node, ProbeUrls urls, Duration deadline) {
        String request = "Invoke-WebRequest -UseBasicParsing -TimeoutSec 10 -Uri ";
        return "$deadline = (Get-Date).AddSeconds(" + deadline.toSeconds() + "); do { $ok = $false; try { $ok = ("
                + request + powerShellQuoted(urls.health()) + ").StatusCode -eq 200 } catch { if ("
                + "$_.Exception.Response.StatusCode.value__ -eq 404) { try { $ok = (" + request
                + powerShellQuoted(urls.root()) + ").StatusCode -lt 400 } catch { } } }; if (-not $ok) { Start-Sleep"
                + " -Seconds 5 } } until ($ok -or (Get-Date) -gt $deadline); if (-not $ok) { throw "
                + powerShellQuoted(notBack(node, deadline)) + " }";
    }

    /** A POSIX shell loop that ends once the node is back, asking every five seconds, and gives up after {@code deadline}. */
    public static String shellUntilBack(String node, ProbeUrls urls, Duration deadline) {
        String curl = "curl -s -o /dev/null -w '%{http_code}' --max-time 10 ";
        return "ok=; end=$(( $(date +%s) + " + deadline.toSeconds() + " )); while [ -z \"$ok\" ] && [ \"$(date +%s)\""
                + " -lt \"$end\" ]; do code=$(" + curl + shellQuoted(urls.health()) + "); if [ \"$code\" = 200 ]; then"
                + " ok=1; elif [ \"$code\" = 404 ] && " + curl + "-L " + shellQuoted(urls.root()) + " | grep -q '^[23]';"
                + " then ok=1; else sleep 5; fi; done; [ -n \"$ok\" ] || echo " + shellQuoted(notBack(node, deadline))
                + " >&2";
    }

    private static String notBack(String node, Duration deadline) {
        return node + " is not back after " + deadline.toSeconds() + " s: stop here and look at it before restarting"
                + " another node.";
    }
}
