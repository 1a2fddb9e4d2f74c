package org.clusterwright.storage;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.StarterProfiles;
import org.clusterwright.profile.VersionLine;
import org.clusterwright.secrets.Secret;
import org.clusterwright.storage.apply.ApplyException;
import org.clusterwright.storage.apply.FeedStorage;
import org.clusterwright.storage.apply.ProGetStorageApplier;
import org.clusterwright.storage.apply.ProGetStorageResult;
import org.clusterwright.storage.apply.StorageChange;
import org.clusterwright.storage.apply.StorageChecklist;
import org.clusterwright.testing.FakeProGet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying the storage path through a loopback server that answers as ProGet's documented endpoints do. */
class StorageApplyTest {
    private static final String KEY = "system-key-123";
    private static final String SHARED = "\\\\files\\proget\\packages";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private FakeProGet proget;
    private Map<String, String> settings;
    private List<String> requests;

    @BeforeEach
    void startFakeProGet() throws IOException {
        proget = FakeProGet.start(KEY);
        settings = proget.settings();
        requests = proget.requests();
    }

    @AfterEach
    void stop() {
        proget.close();
    }

    private URI base() {
        return proget.base();
    }

    @Test
    void theSettingIsSetReadBackAndFeedsOffTheShareAreNamed() throws Exception {
        ProGetStorageResult result = ProGetStorageApplier.apply(base(), Secret.of(KEY), SHARED, TIMEOUT);

        assertThat(settings).containsEntry(ProGetStorageApplier.SETTING, SHARED);
        assertThat(result.verified()).isTrue();
        assertThat(result.readBack()).isEqualTo(SHARED);
        assertThat(requests).filteredOn(request -> request.startsWith("POST")).containsExactly("POST /api/settings/set name="
                + ProGetStorageApplier.SETTING + "&value=" + SHARED);
        assertThat(result.written()).isTrue();
        assertThat(result.feeds()).extracting(FeedStorage::feed, FeedStorage::placement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nuget", FeedStorage.Placement.SHARED),
                org.assertj.core.groups.Tuple.tuple("npm", FeedStorage.Placement.SHARED),
                org.assertj.core.groups.Tuple.tuple("docker", FeedStorage.Placement.NOT_SHARED),
                org.assertj.core.groups.Tuple.tuple("blobs", FeedStorage.Placement.CLOUD));
        assertThat(result.notShared()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("D:\\docker"));
    }

    @Test
    void aMissingOrWrongKeyIsRefusedWith403AndNothingChanges() {
        assertThatThrownBy(() -> ProGetStorageApplier.apply(base(), Secret.of("wrong-key"), SHARED, TIMEOUT))
                .isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getMessage()).contains("refused the API key").contains("403")
                            .doesNotContain("wrong-key");
                    assertThat(e.remedy()).contains("API Keys");
                });
        assertThat(settings).containsEntry(ProGetStorageApplier.SETTING, "C:\\ProgramData\\ProGet\\Packages");
    }

    @Test
    void aServerThatIgnoresTheValueIsReportedUnverified() throws Exception {
        proget.answerWith(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/set")) {
                FakeProGet.reply(exchange, 200, ""); // accepted, but not stored
            } else {
                proget.answer(exchange);
            }
        });
        ProGetStorageResult result = ProGetStorageApplier.apply(base(), Secret.of(KEY), SHARED, TIMEOUT);
        assertThat(result.verified()).isFalse();
        assertThat(result.readBack()).isEqualTo("C:\\ProgramData\\ProGet\\Packages");
    }

    @Test
    void theChecklistSaysWhatToDoPerProduct() {
        Profile proget = StarterProfiles.create(Product.PROGET, "p");
        proget.getStorage().setPath(SHARED);
        proget.setNodes(List.of(new ClusterNode("d1", "d1", NodeAccess.DOCKER, "http://d1:8624/")));
        // a container sees the share where its host maps it: the setting is the image's path, and no Windows items
        String docker = String.join("\n", StorageChecklist.items(proget));
        assertThat(docker).contains("Storage.PackagesRootPath to /var/proget/packages, the path inside the containers,"
                + " where each host mounts " + SHARED).contains("type=cifs").contains("docker run --rm -v OLD:/from:ro")
                .doesNotContain("robocopy").doesNotContain("NTFS");

        Profile windows = StarterProfiles.create(Product.PROGET, "w");
        windows.getStorage().setPath(SHARED);
        assertThat(String.join("\n", StorageChecklist.items(windows)))
                .contains("Storage.PackagesRootPath to " + SHARED)
                .contains("robocopy \"C:\\ProgramData\\ProGet\\Packages\" \"" + SHARED + "\" /E")
                .contains("NTFS").doesNotContain("/var/proget/packages");

        Profile mixed = StarterProfiles.create(Product.PROGET, "m");
        mixed.getStorage().setPath(SHARED);
        mixed.getNodes().get(2).setAccess(NodeAccess.DOCKER);
        assertThat(StorageChecklist.items(mixed).get(0)).startsWith("This cannot work as one cluster: "
                + "Storage.PackagesRootPath is one value in the shared database");
        assertThat(StorageChange.of(mixed).blocker()).hasValueSatisfying(b -> assertThat(b).startsWith("This cannot work"));

        Profile old = StarterProfiles.create(Product.PROGET, "o");
        old.setVersionLine(VersionLine.V2022);
        old.getStorage().setPath(SHARED);
        assertThat(StorageChecklist.items(old).get(0)).contains("by hand");
        assertThat(StorageChange.of(old).throughApi()).isFalse();

        Profile buildMaster = StarterProfiles.create(Product.BUILDMASTER, "b");
        buildMaster.getStorage().setPath("\\\\files\\artifacts");
        assertThat(StorageChecklist.items(buildMaster).get(0))
                .contains("Artifacts.BasePath").contains("\\\\files\\artifacts").contains("by hand");

        Profile otter = StarterProfiles.create(Product.OTTER, "o");
        assertThat(StorageChecklist.items(otter)).singleElement().satisfies(
                item -> assertThat(item).startsWith("Otter: nothing to set"));
    }
}
