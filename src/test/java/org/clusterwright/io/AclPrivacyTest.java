package org.clusterwright.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Windows rules for files with secrets, on a fake access control list (this machine has no NTFS): written
 * files get one entry, full control for their owner; a file others may read is named with who they are, while
 * SYSTEM and Administrators, who can read every file, do not count.
 */
class AclPrivacyTest {
    private static final Principal ALICE = new Principal("CORP\\alice");
    private static final Principal USERS = new Principal("BUILTIN\\Users");
    private static final Principal SYSTEM = new Principal("NT AUTHORITY\\SYSTEM");
    private static final Principal ADMINS = new Principal("BUILTIN\\Administrators");
    private static final Path FILE = Path.of("C:\\Users\\alice\\secrets.txt");

    private final FakeAclView view = new FakeAclView(ALICE);
    private final AclPrivacy privacy = new AclPrivacy(file -> view, new Lookup(), "CORP\\alice");

    @Test
    void restrictingLeavesOneEntryFullControlForTheOwner() throws IOException {
        view.acl = new ArrayList<>(List.of(allow(USERS, AclEntryPermission.READ_DATA),
                allow(ALICE, AclEntryPermission.READ_DATA)));

        privacy.restrictToOwner(FILE);

        assertThat(view.acl).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(ALICE);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions()).containsAll(EnumSet.allOf(AclEntryPermission.class));
        });
        assertThat(privacy.readableByOthers(FILE)).isEmpty();
    }

    @Test
    void newFilesAreCreatedWithTheCurrentUsersEntryAlone() throws IOException {
        FileAttribute<?>[] attributes = privacy.ownerOnlyAtCreation();

        assertThat(attributes).singleElement().satisfies(attribute -> {
            assertThat(attribute.name()).isEqualTo("acl:acl");
            @SuppressWarnings("unchecked")
            List<AclEntry> acl = (List<AclEntry>) attribute.value();
            assertThat(acl).singleElement().satisfies(entry -> assertThat(entry.principal()).isEqualTo(ALICE));
        });
    }

    @Test
    void othersWhoMayReadAreNamedButSystemAdministratorsDenialsAndWriteOnlyAreNot() throws IOException {
        view.acl = new ArrayList<>(List.of(allow(ALICE, AclEntryPermission.READ_DATA),
                allow(SYSTEM, AclEntryPermission.READ_DATA), allow(ADMINS, AclEntryPermission.READ_DATA)));
        assertThat(privacy.readableByOthers(FILE)).isEmpty();

        view.acl.add(AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(USERS)
                .setPermissions(AclEntryPermission.READ_DATA).build());
        view.acl.add(allow(new Principal("CORP\\bob"), AclEntryPermission.WRITE_DATA));
        assertThat(privacy.readableByOthers(FILE)).isEmpty();

        view.acl.add(allow(USERS, AclEntryPermission.READ_DATA));
        assertThat(privacy.readableByOthers(FILE)).contains("BUILTIN\\Users");
        assertThat(privacy.howToRestrict(FILE)).startsWith("icacls \"C:\\Users\\alice\\secrets.txt\" /inheritance:r");
    }

    private static AclEntry allow(UserPrincipal who, AclEntryPermission... permissions) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who)
                .setPermissions(Set.of(permissions)).build();
    }

    private record Principal(String getName) implements UserPrincipal {
    }

    private static final class Lookup extends UserPrincipalLookupService {
        @Override
        public UserPrincipal lookupPrincipalByName(String name) {
            return new Principal(name);
        }

        @Override
        public GroupPrincipal lookupPrincipalByGroupName(String group) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class FakeAclView implements AclFileAttributeView {
        private final UserPrincipal owner;
        List<AclEntry> acl = new ArrayList<>();

        FakeAclView(UserPrincipal owner) {
            this.owner = owner;
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return List.copyOf(acl);
        }

        @Override
        public void setAcl(List<AclEntry> entries) {
            acl = new ArrayList<>(entries);
        }

        @Override
        public UserPrincipal getOwner() {
            return owner;
        }

        @Override
        public void setOwner(UserPrincipal newOwner) {
            throw new UnsupportedOperationException();
        }
    }
}
