package org.clusterwright.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clusterwright.check.Status;
import org.clusterwright.journal.RecordedChange;
import org.clusterwright.secrets.SecretMask;
import org.clusterwright.keys.SecretScan;
import org.clusterwright.profile.Profile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results and changes whose text holds known secrets, as a careless check or a future bug might write them: a
 * password in a connection string, an EncryptionKey as hex, as a GUID and as base64, an IIS machine key, and
 * passwords with no shape at all that only the caller knows. None may reach any format of the report.
 */
class ReportSecrecyTest {
    private static final String DB_PASSWORD = "Db-P4ss!word-2025";
    private static final String STORAGE_PASSWORD = "St0rage#Secret";
    private static final String NODE_PASSWORD = "Sm8-Node-Pass";
    private static final String KEY = "4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99";
    private static final String MACHINE_KEY = "9A".repeat(32);

    @Test
    void noSecretReachesAnyFormat() throws Exception {
        ChecklistReport report = new ReportBuilder(profileWithAPastedPassword(),
                ReportFixtures.journal(leakyResults(), List.of(leakyChange())))
                .mask(SecretMask.knowing(List.of(DB_PASSWORD, STORAGE_PASSWORD, NODE_PASSWORD)))
                .clock(ReportFixtures.CLOCK).build();

        List<String> secrets = new ArrayList<>(SecretScan.keyForms(KEY));
        secrets.addAll(List.of(DB_PASSWORD, STORAGE_PASSWORD, NODE_PASSWORD, MACHINE_KEY));
        for (ReportFormat format : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON)) {
            String text = new String(format.render(report), StandardCharsets.UTF_8);
            SecretScan.assertNoSecret(format.id(), text, secrets);
            assertThat(text).as("fingerprints stay readable").contains(ReportFixtures.FINGERPRINT)
                    .contains(SecretMask.KEY_LABEL).contains(SecretMask.SECRET_LABEL);
        }
        try (PDDocument pdf = Loader.loadPDF(ReportFormat.PDF.render(report))) {
            String text = new PDFTextStripper().getText(pdf);
            SecretScan.assertNoSecret("pdf", text, secrets);
            assertThat(text).contains(ReportFixtures.FINGERPRINT);
        }
    }

    private static Profile profileWithAPastedPassword() {
        Profile profile = ReportFixtures.profile();
        profile.getDatabase().setConnectionString("Server=sql.corp.example;User ID=sa;Password=" + DB_PASSWORD);
        return profile;
    }

    private static List<org.clusterwright.check.CheckResult> leakyResults() {
        String guid = SecretScan.keyForms(KEY).get(1);
        String base64 = SecretScan.keyForms(KEY).get(2);
        List<org.clusterwright.check.CheckResult> results = new ArrayList<>(ReportFixtures.results());
        results.add(ReportFixtures.result("db.login", "database", Status.FAIL, "Login failed.",
                "Tried Server=sql.corp.example;User ID=sa;Password=" + DB_PASSWORD + ";Encrypt=true", "Check the password.",
                Map.of("connection", "Data Source=sql;Pwd=" + DB_PASSWORD)));
        results.add(ReportFixtures.result("key.read", "node-1", Status.PASS, "Read EncryptionKey " + KEY.toUpperCase(),
                "", "", Map.of("raw", KEY, "guid", guid, "fingerprint", ReportFixtures.FINGERPRINT)));
        results.add(ReportFixtures.result("key.decision", "cluster", Status.WARN, "Adopted the key " + base64 + ".",
                "", "Keep the key " + base64 + " somewhere safe.", Map.of()));
        results.add(ReportFixtures.result("storage.login", "storage", Status.FAIL,
                "svc-proget with " + STORAGE_PASSWORD + " was refused.", "smb://svc:" + NODE_PASSWORD + "@files",
                "Check the account.", Map.of()));
        results.add(ReportFixtures.result("ha.machine-key", "node-1", Status.PASS, "validationKey=" + MACHINE_KEY, "",
                "", Map.of()));
        return results;
    }

    private static RecordedChange leakyChange() {
        return new RecordedChange("key.apply", "node-1", "ProGet.config",
                "ProGet.config.20250314-093005.bak", Status.PASS, "Wrote " + KEY + ".",
                List.of("-<add key=\"EncryptionKey\" value=\"" + SecretScan.keyForms(KEY).get(1) + "\"/>",
                        "+<add key=\"EncryptionKey\" value=\"" + KEY + "\"/>",
                        "+<add key=\"Base64\" value=\"" + Base64.getEncoder().encodeToString(KEY.getBytes()) + "\"/>"));
    }
}
