package org.clusterwright.database.tds;

/**
 * One step of an SSPI login on the server's side.
 *
 * @param reply    the token to send back in an SSPI token (0xED); empty for none
 * @param identity the client's Windows identity ({@code CW\svc-proget}) once the login is complete, else null
 * @param failure  why the login is refused, else null; what SQL Server would write to its error log
 */
record SspiStep(byte[] reply, String identity, String failure) {
    static SspiStep more(byte[] reply) {
        return new SspiStep(reply, null, null);
    }

    static SspiStep accepted(byte[] reply, String identity) {
        return new SspiStep(reply, identity, null);
    }

    static SspiStep refused(String failure) {
        return new SspiStep(new byte[0], null, failure);
    }

    boolean complete() {
        return identity != null || failure != null;
    }
}
