package org.clusterwright.storage;

import com.hierynomus.protocol.commons.buffer.Buffer;
import com.hierynomus.smbj.io.ByteChunkProvider;

/**
 * A slice of an array as one SMB write's payload, put into the request in a single copy. SMBJ's own array provider
 * copies each 64 KiB credit's worth into a fresh array and from there into the request buffer, which starts small and
 * doubles, copying what it holds each time: for a 512 KiB request that was about three times the payload in copies
 * and twice its size in throwaway arrays, all on the one thread that sends. Here the buffer is grown once to hold
 * the whole payload and the slice goes in directly.
 */
final class DirectChunks extends ByteChunkProvider {
    private final byte[] source;
    private int from;
    private int remaining;
    private int lastWrite;

    DirectChunks(byte[] source, int from, int length, long fileOffset) {
        this.source = source;
        this.from = from;
        this.remaining = length;
        this.offset = fileOffset;
    }

    @Override
    public boolean isAvailable() {
        return remaining > 0;
    }

    @Override
    public void prepareWrite(int maxBytesToPrepare) {
        // nothing to read ahead: the bytes are already in memory
    }

    @Override
    public int bytesLeft() {
        return remaining;
    }

    /** {@code chunks} credits' worth (64 KiB each), or what is left, straight from the array. */
    @Override
    public void writeChunks(Buffer<?> buffer, int chunks) {
        int length = (int) Math.min((long) chunks * getChunkSize(), remaining);
        buffer.ensureCapacity(length);
        buffer.putRawBytes(source, from, length);
        advance(length);
    }

    @Override
    public void writeChunk(Buffer<?> buffer) {
        writeChunks(buffer, 1);
    }

    @Override
    public void writeChunk(java.io.OutputStream stream) {
        int length = Math.min(getChunkSize(), remaining);
        try {
            stream.write(source, from, length);
        } catch (java.io.IOException e) {
            throw new com.hierynomus.smbj.common.SMBRuntimeException(e);
        }
        advance(length);
    }

    @Override
    protected int getChunk(byte[] chunk) {
        int length = Math.min(chunk.length, remaining);
        System.arraycopy(source, from, chunk, 0, length);
        from += length;
        remaining -= length;
        return length;
    }

    /** What the last request carried, which SMBJ compares with what the server says it wrote. */
    @Override
    public int getLastWriteSize() {
        return lastWrite;
    }

    private void advance(int length) {
        from += length;
        remaining -= length;
        offset += length;
        lastWrite = length;
    }
}
