package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.remote.ShareAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Resolves the file server's name, as every node must. */
final class StorageResolveCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.resolve");

    private final ShareAddress location;

    StorageResolveCheck(ShareAddress location) {
        super(ID.value(), null);
        this.location = location;
    }

    @Override
    protected Outcome probe(CheckContext context) {
        try {
            InetAddress[] all = InetAddress.getAllByName(location.host());
            context.put(StorageKeys.ADDRESS, all[0]);
            String addresses = Arrays.stream(all).map(InetAddress::getHostAddress).distinct()
                    .collect(Collectors.joining(" "));
            return Outcome.pass(location.host() + " resolves to " + addresses + ".")
                    .withEvidence("host", location.host()).withEvidence("addresses", addresses);
        } catch (UnknownHostException e) {
            return Outcome.fail("The file server " + location.host() + " does not resolve from this machine.",
                    "Check the server name in the storage path, or add it to DNS; every node must resolve it too.")
                    .withEvidence("host", location.host());
        }
    }
}
