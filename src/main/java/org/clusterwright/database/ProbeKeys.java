package org.clusterwright.database;

import org.clusterwright.check.CheckContext.Key;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/** What the probe's checks hand on to the later ones of the same run. */
final class ProbeKeys {
    /** Host name to its addresses, from db.resolve. */
    @SuppressWarnings("unchecked")
    static final Key<Map<String, List<InetAddress>>> ADDRESSES =
            new Key<>("db.addresses", (Class<Map<String, List<InetAddress>>>) (Class<?>) Map.class);
    /** The named instance's TCP port, from db.browser. */
    static final Key<Integer> BROWSER_PORT = new Key<>("db.browser-port", Integer.class);
    /** The one connection of the run, opened by db.tls and closed by the last check. */
    static final Key<ProbeSession> SESSION = new Key<>("db.session", ProbeSession.class);

    private ProbeKeys() {
    }
}
