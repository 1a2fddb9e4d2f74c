package org.clusterwright.storage;

import org.clusterwright.check.CheckResult;
import org.clusterwright.check.CheckRunner;
import org.clusterwright.check.Status;
import org.clusterwright.cluster.HaChecks;
import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.ApplyException;
import org.clusterwright.storage.apply.LibraryOverride;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.ProGetStorageResult;
import org.clusterwright.storage.apply.StorageApplyResults;
import org.clusterwright.testing.FakeProGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What overrides or undoes the storage step in ProGet's own settings: per-package-type library paths beside the root
 * path, Web.BaseUrl against the balancer's address, an API key that may not read settings, and a ProGet without the
 * settings API, all through a loopback server that answers as ProGet's documented API does.
 */
class StorageOverridesTest {
    private static final String KEY = "system-key-456";
    private static final String SHARED = "\\\\files\\proget\\packages";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private FakeProGet proget;

    @BeforeEach
    void start() throws Exception {
        proget = FakeProGet.start(KEY);
    }

    @AfterEach
    void stop() {
        proget.close();
    }

    @Test
    void libraryPathsOffTheShareAreNamedAndEmptyOnesFollowTheRoot() throws Exception {
        proget.settings().put("Storage.NpmPackagesLibrary", "D:\\npm");
        proget.settings().put("Storage.MavenArtifactLibrary", SHARED + "\\maven");
        proget.settings().put("Storage.NuGetPackagesLibrary", "");

        ProGetStorageResult result = ProGetStorageApplier.apply(proget.base(), Secret.of(KEY), SHARED, TIMEOUT);

        assertThat(result.libraries()).extracting(LibraryOverride::setting, LibraryOverride::shared).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Storage.NpmPackagesLibrary", false),
                org.assertj.core.groups.Tuple.tuple("Storage.MavenArtifactLibrary", true));
        CheckResult libraries = StorageApplyResults.of(result, Duration.ZERO).stream()
                .filter(r -> r.id().equals(StorageApplyResults.LIBRARIES)).findFirst().orElseThrow();
        assertThat(libraries.status()).isEqualTo(Status.WARN);
        assertThat(libraries.summary()).isEqualTo("1 Storage.*Library setting(s) keep a package type off the shared"
                + " storage: Storage.NpmPackagesLibrary = D:\\npm.");
        assertThat(libraries.remedy()).contains("save each with an empty value");
    }

    @Test
    void aRefusedKeyIsToldTheRightsInInedosWordsAndAProGetWithoutTheApiIsToldToSetItByHand() {
        assertThatThrownBy(() -> ProGetStorageApplier.apply(proget.base(), Secret.of("limited"), SHARED, TIMEOUT))
                .isInstanceOfSatisfying(ApplyException.class, e -> assertThat(e.remedy())
                        .contains("System API key with Full Control").contains("API Keys & Access Logs")
                        .doesNotContain("Manage Server").doesNotContain("Administer"));

        proget.answerWith(exchange -> FakeProGet.reply(exchange, 404, ""));
        assertThatThrownBy(() -> ProGetStorageApplier.apply(proget.base(), Secret.of(KEY), SHARED, TIMEOUT))
                .isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getMessage()).contains("has no settings API (404").contains("ProGet 2024");
                    assertThat(e.remedy()).contains("by hand");
                });
    }

    @Test
    void webBaseUrlIsComparedWithTheBalancersAddress() throws Exception {
        String balancer = proget.base().toString();
        Profile profile = new Profile();
        profile.setName("base url");
        profile.setProduct(Product.PROGET);
        profile.setVersionLine(VersionLine.V2025_AND_NEWER);
        profile.getLoadBalancer().setUrl(balancer);
        profile.setNodes(List.of(new ClusterNode("n1", "127.0.0.1", NodeAccess.MANUAL, balancer)));

        assertThat(baseUrl(profile).status()).isEqualTo(Status.WARN);
        assertThat(baseUrl(profile).summary()).startsWith("Web.BaseUrl is not set");

        proget.settings().put("Web.BaseUrl", "http://proget-1:8624/");
        assertThat(baseUrl(profile).summary()).isEqualTo("Web.BaseUrl is http://proget-1:8624/, not the load"
                + " balancer's address " + balancer + ".");

        proget.settings().put("Web.BaseUrl", balancer.toUpperCase().replace("HTTP://", "http://").replaceAll("/$", ""));
        assertThat(baseUrl(profile).status()).isEqualTo(Status.PASS);

        // no API key: the manual item asks for it instead, and nothing is claimed
        assertThat(HaChecks.forProfile(profile, Optional.empty()).get(0).checks()).extracting(c -> c.id().value())
                .containsExactly("ha.switch");
    }

    private static CheckResult baseUrl(Profile profile) throws InterruptedException {
        return new CheckRunner(TIMEOUT).runAll(HaChecks.forProfile(profile, Optional.of(Secret.of(KEY)))).stream()
                .filter(r -> r.id().value().equals("ha.base-url")).findFirst().orElseThrow();
    }
}
