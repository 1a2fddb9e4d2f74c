package org.clusterwright.ui;

import org.clusterwright.cluster.restart.RestartPlanner;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.SecretRef;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.secrets.Secret;
import org.clusterwright.testing.Zips;
import org.clusterwright.ui.viewmodel.ReportStepViewModel;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Report page's support bundle: the same zip as 'clusterwright diagnose', with what the wizard holds masked. */
class SupportBundleFromReportPageTest {
    private static final String PASSWORD = "Typed-In-The-Wizard-31";

    @TempDir
    Path dir;

    @Test
    void theBundleHoldsTheSavedProfileWithTheWizardsSecretsMasked() throws Exception {
        WizardModel model = new WizardModel(new ProfileStore(), new InMemorySecretStore());
        model.newProfile(org.clusterwright.profile.Product.PROGET, "bundled");
        model.secrets().put(model.profile().getId(), SecretRef.DATABASE_PASSWORD, Secret.of(PASSWORD));
        model.profile().getDatabase().setConnectionString("Server=db;Database=proget;User Id=proget;Password=" + PASSWORD);
        Path profile = dir.resolve("bundled.json");
        // written as a hand-edited file would be: the wizard's own Save takes the password out first
        new ProfileStore().save(model.profile(), profile);
        model.fileProperty().set(profile);
        ReportStepViewModel report = new ReportStepViewModel(model, Runnable::run, () -> RestartPlanner.plan(model.profile()));
        CountDownLatch done = new CountDownLatch(1);
        report.statusProperty().addListener((obs, was, now) -> {
            if (!now.startsWith("Writing")) {
                done.countDown();
            }
        });

        assertThat(report.supportBundleFile()).isEqualTo(dir.resolve("bundled-support.zip"));
        report.saveSupportBundle(report.supportBundleFile());

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(report.statusProperty().get()).startsWith("Wrote the support bundle to " + report.supportBundleFile())
                .contains("Masked before writing: database.password (1 in profile/bundled.json).");
        Map<String, String> bundle = Zips.unzip(report.supportBundleFile());
        assertThat(bundle).containsKeys("profile/bundled.json", "versions.txt", "README.txt");
        assertThat(bundle.get("profile/bundled.json")).contains("Password=[secret masked]");
        bundle.values().forEach(text -> assertThat(text).doesNotContain(PASSWORD));
        assertThat(Files.exists(profile)).isTrue();
    }
}
