package org.clusterwright.io;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Windows: a file with secrets gets an access control list with one entry, full control for the current user, and
 * no inherited entries (the folder's "Users: read" would otherwise come along). Reading refuses a file whose list
 * lets anyone else read it. SYSTEM and the Administrators group are not counted: they can read every file anyway
 * (backup privilege, taking ownership), and a list without them would not make the file any more private.
 */
final class AclPrivacy implements FilePrivacy {
    private static final Set<String> ALWAYS_ABLE = Set.of("nt authority\\system", "builtin\\administrators",
            "system", "administrators");
    private static final Set<AclEntryPermission> READING = EnumSet.of(AclEntryPermission.READ_DATA,
            AclEntryPermission.READ_NAMED_ATTRS);

    private final Function<Path, AclFileAttributeView> views;
    private final UserPrincipalLookupService principals;
    private final String currentUser;

    /**
     * @param views       the ACL view of a file (a fake in tests; the OS's elsewhere)
     * @param currentUser the account running Clusterwright, as Windows names it
     */
    AclPrivacy(Function<Path, AclFileAttributeView> views, UserPrincipalLookupService principals, String currentUser) {
        this.views = views;
        this.principals = principals;
        this.currentUser = currentUser;
    }

    @Override
    public FileAttribute<?>[] ownerOnlyAtCreation() throws IOException {
        List<AclEntry> acl = ownerOnly(principals.lookupPrincipalByName(currentUser));
        return new FileAttribute<?>[] {new FileAttribute<List<AclEntry>>() {
            @Override
            public String name() {
                return "acl:acl";
            }

            @Override
            public List<AclEntry> value() {
                return acl;
            }
        }};
    }

    @Override
    public void restrictToOwner(Path file) throws IOException {
        AclFileAttributeView view = views.apply(file);
        view.setAcl(ownerOnly(view.getOwner()));
    }

    @Override
    public Optional<String> readableByOthers(Path file) throws IOException {
        AclFileAttributeView view = views.apply(file);
        UserPrincipal owner = view.getOwner();
        String others = view.getAcl().stream()
                .filter(entry -> entry.type() == AclEntryType.ALLOW)
                .filter(entry -> entry.permissions().stream().anyMatch(READING::contains))
                .map(AclEntry::principal)
                .filter(principal -> !principal.equals(owner))
                .map(UserPrincipal::getName)
                .filter(name -> !ALWAYS_ABLE.contains(name.toLowerCase(Locale.ROOT)))
                .distinct().collect(Collectors.joining(", "));
        return others.isEmpty() ? Optional.empty() : Optional.of(others);
    }

    @Override
    public String howToRestrict(Path file) {
        return "icacls \"" + file + "\" /inheritance:r /grant:r \"$($env:USERNAME):(F)\"";
    }

    private static List<AclEntry> ownerOnly(UserPrincipal owner) {
        return List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build());
    }
}
