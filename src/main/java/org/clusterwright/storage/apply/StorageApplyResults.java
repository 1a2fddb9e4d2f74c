package org.clusterwright.storage.apply;

import org.clusterwright.check.CheckId;
import org.clusterwright.check.CheckResult;
import org.clusterwright.check.Outcome;
import org.clusterwright.secrets.Secret;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applying the storage path as results both faces show and the report keeps: {@code storage.apply} (the setting
 * written and read back), {@code storage.feeds} (feeds whose own disk path keeps them off the shared storage) and
 * {@code storage.libraries} (per-package-type library settings that override the root path).
 */
public final class StorageApplyResults {
    public static final CheckId APPLY = CheckId.of("storage.apply");
    public static final CheckId FEEDS = CheckId.of("storage.feeds");
    public static final CheckId LIBRARIES = CheckId.of("storage.libraries");
    /** The target of these results: the setting lives in the shared database, not on one node. */
    public static final String TARGET = "proget";

    private StorageApplyResults() {
    }

    public static List<CheckResult> of(ProGetStorageResult result, Duration took) {
        Outcome applied = result.verified()
                ? Outcome.pass(result.setting() + " is " + result.value() + ", read back from ProGet"
                + (result.written() ? "." : "; it already was, so nothing was written."))
                : Outcome.fail("ProGet took " + result.setting() + " but reads back '" + result.readBack() + "'.",
                "Set it by hand in Administration > Advanced Settings and check that it stays.");
        List<FeedStorage> off = result.notShared();
        Outcome feeds = off.isEmpty()
                ? Outcome.pass(result.feeds().size() + " feed(s) keep their packages on the shared storage or in a "
                + "cloud store.")
                : Outcome.warn(off.size() + " feed(s) keep their packages in a disk path of their own, off the shared "
                        + "storage: " + off.stream().map(f -> f.feed() + " (" + f.path() + ")").collect(Collectors.joining(", ")) + ".",
                "Open Manage Feed > Disk Path for each and move it under " + result.value() + ", then move its files.");
        return List.of(CheckResult.of(APPLY, TARGET, applied.withEvidence("setting", result.setting())
                        .withEvidence("before", result.before()).withEvidence("written", result.written())
                        .withEvidence("readBack", result.readBack()), took),
                CheckResult.of(FEEDS, TARGET, feeds.withEvidence("feeds", result.feeds().size())
                        .withEvidence("notShared", off.size()), Duration.ZERO),
                CheckResult.of(LIBRARIES, TARGET, libraries(result), Duration.ZERO));
    }

    private static Outcome libraries(ProGetStorageResult result) {
        List<LibraryOverride> off = result.librariesNotShared();
        Outcome outcome = off.isEmpty()
                ? Outcome.pass(result.libraries().isEmpty() ? "No Storage.*Library setting overrides the root path."
                : result.libraries().size() + " Storage.*Library setting(s) hold a path of their own, on the shared"
                + " storage.")
                : Outcome.warn(off.size() + " Storage.*Library setting(s) keep a package type off the shared storage: "
                        + off.stream().map(l -> l.setting() + " = " + l.path()).collect(Collectors.joining(", ")) + ".",
                "In Administration > Advanced Settings save each with an empty value (it then follows "
                        + result.setting() + " again), or point it under " + result.value() + "; then move its files.");
        return outcome.withEvidence("overrides", result.libraries().size()).withEvidence("notShared", off.size());
    }

    /**
     * Step 3's change made for real: ProGet's storage path set through the settings API and read back, or a SKIP
     * saying why it was not (another product, no path, no address, no API key) with what to do instead.
     */
    public static List<CheckResult> apply(StorageChange change, Optional<Secret> apiKey,
                                          Duration timeout) throws InterruptedException {
        Instant started = Instant.now();
        if (change.blocker().isPresent()) {
            return List.of(CheckResult.of(APPLY, TARGET, Outcome.skip(change.blocker().get()), Duration.ZERO));
        }
        if (apiKey.isEmpty()) {
            return List.of(CheckResult.of(APPLY, TARGET, Outcome.skip("No ProGet API key was given, so "
                    + ProGetStorageApplier.SETTING + " was not set."), Duration.ZERO));
        }
        try {
            ProGetStorageResult result = ProGetStorageApplier.apply(change.address().orElseThrow(), apiKey.get(),
                    change.path(), timeout);
            return of(result, Duration.between(started, Instant.now()));
        } catch (ApplyException e) {
            return List.of(failed(e, Duration.between(started, Instant.now())));
        } catch (IOException e) {
            return List.of(CheckResult.of(APPLY, TARGET, Outcome.fail("ProGet at " + change.address().get()
                    + " could not be reached: " + e.getClass().getSimpleName() + ".", "Check the address and that"
                    + " ProGet is running, then apply again."), Duration.between(started, Instant.now())));
        }
    }

    /** A refused or failed apply: nothing was changed, or the message says what was. */
    public static CheckResult failed(ApplyException failure, Duration took) {
        return CheckResult.of(APPLY, TARGET, Outcome.fail(failure.getMessage(), failure.remedy()), took);
    }
}
