package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;

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
        boolean exists;
        boolean isFile;
        if (target.location().isPresent()) {
            StorageLocation location = target.location().get();
            var share = context.get(StorageKeys.SESSION).orElseThrow().share();
            try {
                exists = location.folder().isEmpty() || share.folderExists(location.folder());
                isFile = !exists && share.fileExists(location.folder());
            } catch (Exception e) {
                throw StorageErrors.translate(e, location, "", target.user());
            }
            if (exists) {
                context.put(StorageKeys.FOLDER, new SmbProbeFolder(share, location, target.user()));
            }
        } else {
            Path local = target.localFolder().orElseThrow();
            exists = Files.isDirectory(local);
            isFile = Files.isRegularFile(local);
            if (exists) {
                context.put(StorageKeys.FOLDER, new LocalProbeFolder(local));
            }
        }
        if (isFile) {
            return Outcome.fail(where + " is a file, not a folder.", "Point the storage path at a folder, or move "
                    + "the file away.");
        }
        if (!exists) {
            context.publish(StorageFindings.MISSING_FOLDER, where);
            return Outcome.fail(where + " does not exist; the product does not create it and fails to store "
                            + "packages there.", "Create the folder (the wizard offers to do it as '" + target.user()
                            + "'), then give the service account modify rights on it.")
                    .withEvidence("missingFolder", where);
        }
        return Outcome.pass(where + " exists.").withEvidence("folder", where);
    }
}
