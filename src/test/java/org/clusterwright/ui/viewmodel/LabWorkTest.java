package org.clusterwright.ui.viewmodel;

import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What of the demo lab's folder is the person's work, which goes with the lab unless it is kept. */
class LabWorkTest {
    @TempDir
    Path lab;
    @TempDir
    Path kept;

    @Test
    void theLabsOwnFilesAreNotWorkButExportsAndAChangedProfileAre() throws Exception {
        byte[] original = "{\"name\":\"Demo lab\"}".getBytes();
        Path profile = lab.resolve("lab-profile.json");
        Files.write(profile, original);
        for (String own : new String[] {".clusterwright-lab", "lab.pid", "postgres.log"}) {
            Files.writeString(lab.resolve(own), "the lab's");
        }
        Files.createDirectories(lab.resolve("nodes/proget-1/SharedConfig"));

        assertThat(LabWork.in(lab, profile, original, false).isEmpty()).isTrue();

        Files.writeString(lab.resolve("lab-profile-report.pdf"), "%PDF");
        Files.writeString(profile, "{\"name\":\"Demo lab, renamed\"}");
        LabWork work = LabWork.in(lab, profile, original, false);
        assertThat(work.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("lab-profile-report.pdf", "lab-profile.json");

        work.keepIn(kept, new WizardModel(new ProfileStore(), new InMemorySecretStore()));
        assertThat(kept.resolve("lab-profile-report.pdf")).hasContent("%PDF");
        assertThat(kept.resolve("lab-profile.json")).hasContent("{\"name\":\"Demo lab, renamed\"}");
    }
}
