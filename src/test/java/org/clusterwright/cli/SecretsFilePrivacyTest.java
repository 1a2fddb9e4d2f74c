package org.clusterwright.cli;

import org.clusterwright.io.FilePrivacy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secrets file is refused whenever the file system says others may read it, with its own fix (ACLs on Windows). */
class SecretsFilePrivacyTest {
    @TempDir
    Path folder;

    @Test
    void aFileOthersCanReadIsRefusedWithTheFileSystemsOwnCommand() throws Exception {
        Path file = Files.writeString(folder.resolve("secrets.txt"), "database.password=x\n");

        assertThatThrownBy(() -> SecretsFile.refuseIfOthersCanRead(file, new Fake(Optional.of("BUILTIN\\Users"))))
                .isInstanceOf(UsableInputException.class)
                .hasMessageContaining("can be read by other users (BUILTIN\\Users)")
                .hasMessageContaining("icacls \"" + file + "\"");
        assertThatCode(() -> SecretsFile.refuseIfOthersCanRead(file, new Fake(Optional.empty())))
                .doesNotThrowAnyException();
    }

    private record Fake(Optional<String> others) implements FilePrivacy {
        @Override
        public FileAttribute<?>[] ownerOnlyAtCreation() {
            return new FileAttribute<?>[0];
        }

        @Override
        public void restrictToOwner(Path file) {
        }

        @Override
        public Optional<String> readableByOthers(Path file) {
            return others;
        }

        @Override
        public String howToRestrict(Path file) {
            return "icacls \"" + file + "\" /inheritance:r";
        }
    }
}
