package org.clusterwright.storage;

import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.storage.StorageAccessException.Kind;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Does what the product does with a package file: writes it, reads it back (comparing SHA-256), renames it and
 * deletes it. The probe file has a unique name and is removed even when a step fails or the run is cancelled.
 */
final class StorageWriteCheck extends StorageStep {
    static final CheckId ID = CheckId.of("storage.write");
    private static final int PROBE_BYTES = 64 * 1024;

    StorageWriteCheck() {
        super(ID.value(), StorageFolderCheck.ID);
    }

    @Override
    protected Outcome probe(CheckContext context) throws Exception {
        ProbeFolder folder = folder(context);
        String name = ProbeFiles.newName("write");
        String renamed = name.replace(".tmp", "-renamed.tmp");
        byte[] content = new byte[PROBE_BYTES];
        ThreadLocalRandom.current().nextBytes(content);
        String step = "create";
        try {
            folder.create(name, content);
            step = "read back";
            byte[] back = folder.read(name);
            String written = sha256(content);
            String read = sha256(back);
            if (!written.equals(read)) {
                throw new StorageAccessException(Kind.MISMATCH, "The probe file read back from " + folder.describe(name)
                        + " differs from what was written (SHA-256 " + read.substring(0, 16) + " instead of "
                        + written.substring(0, 16) + ").", "Something between here and the disk changes data: check "
                        + "the file server's disk, antivirus or deduplication filters, and the NAS firmware.", null);
            }
            step = "rename";
            folder.rename(name, renamed);
            step = "delete";
            folder.delete(renamed);
            if (folder.exists(renamed)) {
                throw new StorageAccessException(Kind.IO, folder.describe(renamed) + " is still there after being "
                        + "deleted.", "Check for a recycle bin, snapshot or antivirus filter holding files.", null);
            }
            return Outcome.pass("Wrote, read back (SHA-256 matches), renamed and deleted a "
                            + PROBE_BYTES / 1024 + " KiB file in " + folder.describe("") + ".")
                    .withEvidence("probeBytes", PROBE_BYTES).withEvidence("sha256", written);
        } catch (StorageAccessException e) {
            List<String> left = ProbeFiles.cleanUp(folder, List.of(name, renamed));
            return Outcome.fail("The probe failed to " + step + " its file: " + e.getMessage()
                            + ProbeFiles.leftOverWarning(folder, left), e.remedy())
                    .withEvidence("failedStep", step).withEvidence("problem", e.kind());
        } finally {
            ProbeFiles.cleanUp(folder, List.of(name, renamed));
        }
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
