package org.clusterwright.lab;

import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.ApplyException;
import org.clusterwright.storage.apply.FeedStorage;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.ProGetStorageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lab nodes' settings API, driven by the storage step's own client where it can be. */
class LabSettingsApiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    @RegisterExtension
    static final RunningLab RUNNING = new RunningLab();
    private final Lab lab = RUNNING.lab();
    private final Secret apiKey = RUNNING.secret(SecretRef.API_KEY);

    @Test
    void withoutTheApiKeyEveryCallIsRefusedWith403AndAnEmptyBody() throws Exception {
        String base = lab.node("proget-1").baseUrl();
        for (HttpRequest.Builder request : new HttpRequest.Builder[] {
                HttpRequest.newBuilder(URI.create(base + "api/settings/list?showAll=true")),
                HttpRequest.newBuilder(URI.create(base + "api/settings/set?name=Storage.PackagesRootPath&value=x"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(URI.create(base + "api/management/feeds/list")).header("X-ApiKey", "not-the-key")}) {
            HttpResponse<String> response = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEmpty();
        }
        assertThatThrownBy(() -> ProGetStorageApplier.apply(URI.create(base), Secret.of("wrong"), "/x", TIMEOUT))
                .isInstanceOf(ApplyException.class).hasMessageContaining("refused the API key");
    }

    @Test
    void theStoragePathSetThroughOneNodeIsReadBackThroughEveryOther() throws Exception {
        String shared = lab.profile().getStorage().getPath();
        ProGetStorageResult result = ProGetStorageApplier.apply(URI.create(lab.node("proget-1").baseUrl()), apiKey,
                shared, TIMEOUT);

        assertThat(result.readBack()).isEqualTo(shared);
        assertThat(result.feeds()).extracting(FeedStorage::placement).containsOnly(FeedStorage.Placement.SHARED)
                .hasSize(2);
        for (String node : new String[] {"proget-2", "proget-3"}) {
            HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(lab.node(node).baseUrl()
                    + "api/settings/list?showAll=true")).header("X-ApiKey", apiKey.reveal()).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"name\":\"Storage.PackagesRootPath\"")
                    .contains(shared.replace("\\", "\\\\"));
        }
    }
}
