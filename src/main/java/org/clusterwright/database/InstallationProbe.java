package org.clusterwright.database;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.check.TargetChecks;
import org.clusterwright.profile.Profile;
import org.clusterwright.secrets.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database probe run for the EncryptionKey step, which must know whether the database already holds an
 * installation: the same checks as step 1 (db.parse, then the probe), with db.installation also handing what it
 * found to this object. Run {@link #target()} with a {@link org.clusterwright.check.CheckRunner}, then ask
 * {@link #found()}.
 */
public final class InstallationProbe {
    /** The target name of the probe's results, as in a check run. */
    public static final String TARGET = "database";
    /** The id of the check whose answer this is. */
    public static final CheckId INSTALLATION_CHECK = DbInstallationCheck.ID;

    private final Profile profile;
    private final Optional<Secret> password;
    private final Optional<Secret> servicePassword;
    private final AtomicReference<Installation> found = new AtomicReference<>();

    public InstallationProbe(Profile profile, Optional<Secret> password) {
        this(profile, password, Optional.empty());
    }

    /** @param servicePassword with Integrated Security, the service account's password: the probe logs in as it */
    public InstallationProbe(Profile profile, Optional<Secret> password, Optional<Secret> servicePassword) {
        this.profile = profile;
        this.password = password;
        this.servicePassword = servicePassword;
    }

    public TargetChecks target() {
        List<Check> checks = new ArrayList<>();
        checks.add(new ConnectionStringCheck(profile.getDatabase()));
        for (Check check : DatabaseProbe.checks(profile, password, servicePassword)) {
            checks.add(check instanceof DbInstallationCheck ? new Reporting(check, found) : check);
        }
        return new TargetChecks(TARGET, checks);
    }

    /** What db.installation found, once the target has run; empty when it did not get that far. */
    public Optional<Installation> found() {
        return Optional.ofNullable(found.get());
    }

    /** The installation check, unchanged, except that its answer is also kept here. */
    private record Reporting(Check inner, AtomicReference<Installation> found) implements Check {
        @Override
        public CheckId id() {
            return inner.id();
        }

        @Override
        public Set<CheckId> requires() {
            return inner.requires();
        }

        @Override
        public Outcome run(CheckContext context) throws Exception {
            try {
                return inner.run(context);
            } finally {
                context.get(DatabaseProbe.INSTALLATION).ifPresent(found::set);
            }
        }
    }
}
