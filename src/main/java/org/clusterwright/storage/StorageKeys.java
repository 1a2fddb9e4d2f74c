package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.remote.SmbSession;

import java.net.InetAddress;

/** Values the storage checks of one run hand on to the next. */
final class StorageKeys {
    static final CheckContext.Key<InetAddress> ADDRESS = new CheckContext.Key<>("storage.address", InetAddress.class);
    static final CheckContext.Key<SmbSession> SESSION = new CheckContext.Key<>("storage.session", SmbSession.class);
    static final CheckContext.Key<ProbeFolder> FOLDER = new CheckContext.Key<>("storage.folder", ProbeFolder.class);

    private StorageKeys() {
    }
}
