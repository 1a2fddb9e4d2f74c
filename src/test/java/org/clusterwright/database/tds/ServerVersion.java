package org.clusterwright.database.tds;

/**
 * The SQL Server version the responder claims: in PRELOGIN (the driver refuses majors below 9 and picks the TDS
 * version from it), in LOGINACK (what {@code DatabaseMetaData.getDatabaseProductVersion()} reports) and in the
 * default answer to {@code SELECT @@VERSION}.
 */
public record ServerVersion(int major, int minor, int build, String banner) {
    /** SQL Server 2022 RTM, a version the product supports. */
    public static final ServerVersion SQL_SERVER_2022 = new ServerVersion(16, 0, 1000,
            "Microsoft SQL Server 2022 (RTM) - 16.0.1000.6 (X64) \n\tOct  8 2022 05:58:25 \n\t"
                    + "Copyright (C) 2022 Microsoft Corporation\n\tDeveloper Edition (64-bit) on Linux "
                    + "(Clusterwright TdsResponder) <X64>");

    public ServerVersion {
        if (major < 0 || major > 255 || minor < 0 || minor > 255 || build < 0 || build > 0xFFFF) {
            throw new IllegalArgumentException("Version parts out of range: " + major + "." + minor + "." + build);
        }
        if (banner == null) {
            throw new IllegalArgumentException("banner is required");
        }
    }

    /** PRELOGIN VERSION: major, minor, big-endian build, then a two-byte sub-build. */
    byte[] preloginBytes() {
        return new byte[] {(byte) major, (byte) minor, (byte) (build >> 8), (byte) build, 0, 0};
    }

    /** LOGINACK ProgVersion: major, minor, build high byte, build low byte. */
    byte[] loginAckBytes() {
        return new byte[] {(byte) major, (byte) minor, (byte) (build >> 8), (byte) build};
    }
}
