package org.clusterwright.cluster.verify;

import org.clusterwright.cluster.health.HealthFormat;
import org.clusterwright.cluster.health.HealthParser;
import org.clusterwright.cluster.health.HealthReport;
import org.clusterwright.cluster.health.HealthUrls;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * Sends requests one after another to the balancer's {@code /health}, all within one time budget, so a dead balancer
 * costs that budget once and not once per request. Requests carry no cookies, as a new client's would.
 */
final class BalancerProbe {
    /** Cookies balancers set to pin a client to a server: HAProxy, IIS ARR, nginx sticky/ingress, AWS, F5, Citrix. */
    private static final Pattern AFFINITY_COOKIE = Pattern.compile(
            "(?i)(SERVERID|SRV|ARRAffinity|ARRAffinitySameSite|route|sticky|INGRESSCOOKIE|AWSALB|AWSALBCORS|BIGipServer.*|NSC_.*)");

    private final Supplier<HttpClient> client;
    private final HealthParser parser = new HealthParser();

    BalancerProbe(Supplier<HttpClient> client) {
        this.client = client;
    }

    BalancerReport run(String balancerUrl, String header, int requests, Duration budget, Product product,
                       List<ClusterNode> nodes, List<String> nodeTargets) throws InterruptedException {
        URI health = HealthUrls.health(balancerUrl);
        ServedBy servedBy = new ServedBy(nodes);
        List<BalancerSample> samples = new ArrayList<>();
        long until = System.nanoTime() + budget.toNanos();
        String stoppedEarly = "";
        for (int index = 0; index < requests; index++) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                stoppedEarly = "Only " + index + " of " + requests + " requests fit in " + budget.toMillis() + " ms.";
                break;
            }
            BalancerSample sample = send(index, health, header, Duration.ofNanos(left), product, servedBy);
            samples.add(sample);
            if (sample.httpStatus() == 0 && sample.error().startsWith("No answer")) {
                stoppedEarly = "Stopped after a request got no answer within the budget.";
                break;
            }
        }
        return new BalancerReport(balancerUrl, header, requests, samples, nodeTargets, stoppedEarly);
    }

    private BalancerSample send(int index, URI health, String header, Duration timeout, Product product, ServedBy servedBy)
            throws InterruptedException {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = client.get().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - started) / 1_000_000;
            HealthReport report = parser.parse(response.statusCode(), response.body());
            // without a documented health endpoint, a 404 from a node still proves the balancer reached it
            boolean succeeded = report.healthy()
                    || (!product.documentsHealth() && report.format() == HealthFormat.NOT_FOUND);
            String node = servedBy.nodeOf(response.headers().firstValue(header).orElse(""));
            return new BalancerSample(index, response.statusCode(), succeeded, millis, node,
                    succeeded ? "" : "HTTP " + response.statusCode() + ": " + report.problem(), affinityCookies(response));
        } catch (HttpTimeoutException e) {
            return failed(index, started, "No answer within " + timeout.toMillis() + " ms.");
        } catch (IOException e) {
            String message = e.getMessage();
            return failed(index, started, e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        }
    }

    private static BalancerSample failed(int index, long started, String why) {
        return new BalancerSample(index, 0, false, (System.nanoTime() - started) / 1_000_000, "", why, List.of());
    }

    private static List<String> affinityCookies(HttpResponse<?> response) {
        List<String> names = new ArrayList<>();
        for (String cookie : response.headers().allValues("set-cookie")) {
            int equals = cookie.indexOf('=');
            String name = (equals < 0 ? cookie : cookie.substring(0, equals)).strip();
            if (AFFINITY_COOKIE.matcher(name).matches()) {
                names.add(name.toLowerCase(Locale.ROOT).startsWith("bigip") ? "BIGipServer…" : name);
            }
        }
        return names;
    }
}
