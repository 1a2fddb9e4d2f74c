package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.storage.StorageFolder.Presence;

/**
 * The storage folder exists and is a folder. The products do not create it (Inedo's docs: the directories must
 * exist), so a missing folder fails here, with {@link StorageFolders#create} as the way out.
 */
final class StorageFolderCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.folder");

    private final StorageTarget target;

    StorageFolderCheck(StorageTarget target) {
        super(ID.value(), target.location().isPresent() ? StorageShareCheck.ID : null);
        this.target = target;
    }

    @Override
    protected Outcome probe(CheckContext context) throws StorageAccessException {
        String where = target.describe();
        StorageFolder folder = target.location().isPresent()
                ? new SmbProbeFolder(context.get(StorageKeys.SESSION).orElseThrow())
                : new LocalProbeFolder(target.localFolder().orElseThrow());
        Presence presence = folder.presence();
        if (presence == Presence.FOLDER) {
            context.put(StorageKeys.FOLDER, folder);
        }
        if (presence == Presence.FILE) {
            return Outcome.fail(where + " is a file, not a folder.", "Point the storage path at a folder, or move "
                    + "the file away.");
        }
        if (presence == Presence.MISSING) {
            context.publish(StorageFindings.MISSING_FOLDER, where);
            return Outcome.fail(where + " does not exist; the product does not create it and fails to store "
                            + "packages there.", "Create the folder (the wizard offers to do it as '" + target.user()
                            + "'), then give the service account modify rights on it.")
                    .withEvidence("missingFolder", where);
        }
        return Outcome.pass(where + " exists.").withEvidence("folder", where);
    }
}
