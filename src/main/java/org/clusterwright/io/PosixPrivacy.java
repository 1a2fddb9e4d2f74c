package org.clusterwright.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Linux and macOS: mode 600 for files with secrets; any group or other read bit makes a file readable by others. */
final class PosixPrivacy implements FilePrivacy {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    @Override
    public FileAttribute<?>[] ownerOnlyAtCreation() {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    @Override
    public void restrictToOwner(Path file) throws IOException {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    @Override
    public Optional<String> readableByOthers(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.stream().anyMatch(SHARED::contains)
                ? Optional.of(PosixFilePermissions.toString(permissions)) : Optional.empty();
    }

    @Override
    public String howToRestrict(Path file) {
        return "chmod 600 " + file;
    }
}
