package org.clusterwright.testing;

import java.util.Optional;

/**
 * Decides whether a Samba AD domain controller can run here: Debian's samba-ad-dc (the samba binary), samba-tool
 * with its provision templates (samba-ad-provision), and root, which the DC needs to serve SMB as domain users.
 * A developer without them gets a skipped test with the reason; under {@code CI=true} it fails, through
 * {@link ProgramRequirements#decide}, so a CI image that lost a package cannot hide the domain tests.
 */
public final class DomainRequirements {
    static final String PACKAGES = "samba-ad-dc samba-ad-provision krb5-user winbind";
    private static final String TEMPLATES = "/usr/share/samba/setup/provision.ldif";

    private DomainRequirements() {
    }

    /** Skips (or under CI fails) the calling test when a domain controller cannot be started here. */
    public static void assumeAvailable() {
        ProgramRequirements.decide(whatIsMissing(), PACKAGES, System.getenv("CI"));
    }

    static Optional<String> whatIsMissing() {
        if (ProgramRequirements.find("samba").isEmpty() || ProgramRequirements.find("samba-tool").isEmpty()
                || ProgramRequirements.find("wbinfo").isEmpty()) {
            return Optional.of("The domain tests start Samba's AD domain controller (samba, samba-tool, wbinfo), which"
                    + " is not installed.");
        }
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(TEMPLATES))) {
            return Optional.of("samba-tool cannot provision a domain without its templates (" + TEMPLATES + ").");
        }
        if (!SambaRequirements.isRoot()) {
            return Optional.of("The domain controller must run as root to serve files as domain users; this process"
                    + " runs as '" + System.getProperty("user.name") + "'.");
        }
        return Optional.empty();
    }

    /** The same decision for a program the domain tests use beside the DC (faketime). */
    static java.nio.file.Path require(String program, String debianPackage) {
        return ProgramRequirements.require(program, debianPackage);
    }
}
