package org.clusterwright.cluster.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks one node for its health, within one time budget for the whole exchange: {@code /health}, and for ProGet 2026's
 * plain {@code OK} also {@code /health/json} (which names the version); where {@code /health} answers 404 (Otter
 * documents none), the node's web root, so a caller can tell a running node from a dead one. A node that does not
 * answer costs the budget once; the follow-ups only get what is left of it. ProGet's {@code X-ProGet-Version} header
 * is kept from whichever answer carried it.
 */
public final class HealthProbe {
    private final Supplier<HttpClient> client;
    /** ProGet names its version in this header on its answers (Content/proget/api/assets/files/download.md). */
    public static final String PRODUCT_HEADER = "X-ProGet-Version";

    private final HealthParser parser = new HealthParser();

    public HealthProbe(HttpClient client) {
        this(() -> client);
    }

    /** A probe whose client is fetched when the first request goes out (see {@link #lazyClient}). */
    public HealthProbe(Supplier<HttpClient> client) {
        this.client = client;
    }

    /** A client for probes: no redirects to other hosts, and its connect timeout is the probe budget. */
    public static HttpClient newClient(Duration budget) {
        return HttpClient.newBuilder().connectTimeout(budget).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * A {@link #newClient} built on first use and shared from then on. A client starts a selector thread when it is
     * built, and the wizard plans step 5 on every edit to know whether it has checks: planning must cost nothing.
     */
    public static Supplier<HttpClient> lazyClient(Duration budget) {
        return new Supplier<>() {
            private HttpClient built;

            @Override
            public synchronized HttpClient get() {
                if (built == null) {
                    built = newClient(budget);
                }
                return built;
            }
        };
    }

    public HealthAnswer probe(String baseUrl, Duration budget) throws InterruptedException {
        long started = System.nanoTime();
        long until = started + budget.toNanos();
        URI health;
        try {
            health = HealthUrls.health(baseUrl);
        } catch (IllegalArgumentException e) {
            return HealthAnswer.unreachable("The base URL '" + baseUrl + "' is not usable: " + e.getMessage(), millisSince(started));
        }
        try {
            HttpResponse<String> first = get(health, until);
            String header = productHeader(first);
            HealthReport report = parser.parse(first.statusCode(), first.body());
            if (report.format() == HealthFormat.PLAIN_TEXT && report.version().isEmpty() && remaining(until) > 0) {
                report = withJsonDetails(report, HealthUrls.healthJson(baseUrl), until);
            }
            int webRoot = 0;
            if (report.format() == HealthFormat.NOT_FOUND && remaining(until) > 0) {
                Optional<HttpResponse<String>> root = webRoot(HealthUrls.root(baseUrl), until);
                webRoot = root.map(HttpResponse::statusCode).orElse(0);
                header = header.isEmpty() ? root.map(HealthProbe::productHeader).orElse("") : header;
            }
            return HealthAnswer.answered(health, report, millisSince(started), webRoot, header);
        } catch (HttpTimeoutException e) {
            return HealthAnswer.unreachable("No answer from " + health + " within " + budget.toMillis() + " ms.",
                    millisSince(started));
        } catch (IOException e) {
            return HealthAnswer.unreachable(describe(health, e), millisSince(started));
        }
    }

    private HealthReport withJsonDetails(HealthReport plain, URI json, long until) throws InterruptedException {
        try {
            HttpResponse<String> response = get(json, until);
            HealthReport details = parser.parse(response.statusCode(), response.body());
            return details.format() == HealthFormat.JSON ? plain.withDetailsOf(details) : plain;
        } catch (IOException e) {
            // the plain answer already decided health; only the version is missing, and the report shows that
            return plain;
        }
    }

    /** The web root's answer (redirects to the log-in page followed), or empty when it gave none in time. */
    private Optional<HttpResponse<String>> webRoot(URI root, long until) throws InterruptedException {
        try {
            return Optional.of(get(root, until));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String productHeader(HttpResponse<?> response) {
        return response.headers().firstValue(PRODUCT_HEADER).orElse("").strip();
    }

    private HttpResponse<String> get(URI uri, long until) throws IOException, InterruptedException {
        Duration left = Duration.ofNanos(Math.max(remaining(until), 1_000_000));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(left).header("Accept", "application/json, text/plain")
                .GET().build();
        return client.get().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long remaining(long until) {
        return until - System.nanoTime();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static String describe(URI uri, IOException e) {
        String what = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException) {
            return uri.getHost() + ":" + uri.getPort() + " refused the connection.";
        }
        String message = e.getMessage();
        return "Could not reach " + uri + " (" + what + (message == null || message.isBlank() ? "" : ": " + message) + ").";
    }
}
