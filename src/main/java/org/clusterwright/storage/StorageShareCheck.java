package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.FolderAccessException;
import org.clusterwright.remote.ShareAddress;

/** Connects the share as the service account. */
final class StorageShareCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.share");

    private final ShareAddress location;
    private final String user;

    StorageShareCheck(ShareAddress location, String user) {
        super(ID.value(), StorageLoginCheck.ID);
        this.location = location;
        this.user = user;
    }

    @Override
    protected Outcome probe(CheckContext context) throws FolderAccessException {
        context.get(StorageKeys.SESSION).orElseThrow().connectShare();
        return Outcome.pass("'" + user + "' can open the share " + location.shareText() + ".")
                .withEvidence("share", location.shareText());
    }
}
