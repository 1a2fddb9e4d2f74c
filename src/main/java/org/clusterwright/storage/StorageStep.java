package org.clusterwright.storage;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.SmbSession;

import java.util.Set;

/**
 * One step of the storage probe. The steps run as a chain, each requiring the one before, so the first failure
 * skips the rest with its name. A step that ends the chain (by failing, or by being the last) closes the SMB
 * session, because no later step will use it.
 */
abstract class StorageStep implements Check {
    private final CheckId id;
    private final CheckId previous;
    private boolean last;

    StorageStep(String id, CheckId previous) {
        this.id = CheckId.of(id);
        this.previous = previous;
    }

    /** Marks the step that closes the session whatever its result; the probe marks its final step. */
    StorageStep last() {
        this.last = true;
        return this;
    }

    @Override
    public final CheckId id() {
        return id;
    }

    @Override
    public final Set<CheckId> requires() {
        return previous == null ? Set.of() : Set.of(previous);
    }

    @Override
    public final Outcome run(CheckContext context) throws Exception {
        Outcome outcome = null;
        try {
            outcome = probe(context);
            return outcome;
        } catch (StorageAccessException e) {
            outcome = failed(e);
            return outcome;
        } catch (FolderAccessException e) {
            outcome = failed(StorageErrors.translate(e));
            return outcome;
        } finally {
            if (last || outcome == null || !outcome.status().allowsDependents()) {
                context.get(StorageKeys.SESSION).ifPresent(SmbSession::close);
            }
        }
    }

    protected abstract Outcome probe(CheckContext context) throws Exception;

    private static Outcome failed(StorageAccessException e) {
        return Outcome.fail(e.getMessage(), e.remedy()).withEvidence("problem", e.kind());
    }

    /** The folder storage.folder opened; every step after it has one. */
    protected static ProbeFolder folder(CheckContext context) {
        return context.get(StorageKeys.FOLDER).orElseThrow(
                () -> new IllegalStateException("storage.folder passed without opening the folder"));
    }

    /** Time limits a little inside the runner's deadline, so this probe's own message wins over the cut-off. */
    protected static long budgetMillis(CheckContext context) {
        return Math.max(250, context.deadline().toMillis() * 85 / 100);
    }
}
