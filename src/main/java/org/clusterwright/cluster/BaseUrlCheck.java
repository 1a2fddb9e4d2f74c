package org.clusterwright.cluster;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.ApplyException;
import org.clusterwright.storage.apply.ProGetSettings;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ha.base-url}: ProGet's {@code Web.BaseUrl} must be the address users reach, the load balancer's, when ProGet
 * runs behind a proxy: "If you are using a proxy, you need to set the Web.BaseUrl in ProGet's Advanced Settings to the
 * URL bound to your proxy server" (Inedo/inedo-docs, Content/proget/docker/private-registries.md line 136; without it
 * Docker logins fail). Read through the settings API, which needs an API key.
 */
final class BaseUrlCheck implements Check {
    static final CheckId ID = CheckId.of("ha.base-url");
    static final String SETTING = "Web.BaseUrl";

    private final String balancerUrl;
    private final Optional<URI> address;
    private final Optional<Secret> apiKey;

    BaseUrlCheck(String balancerUrl, Optional<URI> address, Optional<Secret> apiKey) {
        this.balancerUrl = balancerUrl;
        this.address = address;
        this.apiKey = apiKey;
    }

    @Override
    public CheckId id() {
        return ID;
    }

    @Override
    public Outcome run(CheckContext context) throws InterruptedException {
        String remedy = "In Administration > Advanced Settings set " + SETTING + " to " + balancerUrl + ", the address"
                + " users reach ProGet by (Inedo: needed behind a proxy, or Docker logins fail).";
        if (apiKey.isEmpty() || address.isEmpty()) {
            return Outcome.skip("Not read: " + (apiKey.isEmpty() ? "no ProGet API key was given" : "no address reaches"
                    + " ProGet") + ". " + remedy);
        }
        Optional<String> value;
        try {
            value = ProGetSettings.value(address.get(), apiKey.get(), SETTING, context.deadline());
        } catch (ApplyException e) {
            return Outcome.error(e.getMessage(), e.remedy() + " " + remedy);
        } catch (IOException e) {
            return Outcome.error("ProGet at " + address.get() + " could not be asked for " + SETTING + " ("
                    + e.getClass().getSimpleName() + ").", remedy);
        }
        String held = value.orElse("").strip();
        if (held.isEmpty()) {
            return Outcome.warn(SETTING + " is not set: ProGet builds its own address from each request, which behind"
                    + " the balancer is a node's, not " + balancerUrl + ".", remedy).withEvidence(SETTING, "");
        }
        return same(held, balancerUrl)
                ? Outcome.pass(SETTING + " is " + held + ", the load balancer's address.").withEvidence(SETTING, held)
                : Outcome.warn(SETTING + " is " + held + ", not the load balancer's address " + balancerUrl + ".", remedy)
                .withEvidence(SETTING, held);
    }

    /** The same address: scheme and host without regard to case, the path without a trailing slash. */
    static boolean same(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String url) {
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT) + "://"
                    + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port + path;
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
