package org.clusterwright.storage;

import com.hierynomus.smb.SMBBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A write's payload goes into the request exactly as the slice of the array, as many credits as SMBJ grants. */
class StorageDirectChunksTest {
    @Test
    void putsTheSliceIntoTheRequestAndReportsWhatItCarried() {
        byte[] source = new byte[300_000];
        new Random(3).nextBytes(source);
        DirectChunks chunks = new DirectChunks(source, 1000, 200_000, 5_000_000L);
        SMBBuffer request = new SMBBuffer();
        request.putRawBytes(new byte[64]);

        // two credits of 64 KiB, then the rest
        chunks.writeChunks(request, 2);
        assertThat(chunks.getLastWriteSize()).isEqualTo(131_072);
        assertThat(chunks.getOffset()).isEqualTo(5_131_072L);
        assertThat(chunks.bytesLeft()).isEqualTo(68_928);
        chunks.writeChunks(request, 4);

        assertThat(chunks.getLastWriteSize()).isEqualTo(68_928);
        assertThat(chunks.isAvailable()).isFalse();
        assertThat(Arrays.copyOfRange(request.array(), 64, request.wpos()))
                .isEqualTo(Arrays.copyOfRange(source, 1000, 201_000));
    }
}
