package org.clusterwright.database.tds;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Reads a TDS payload (little-endian); running past the end is a {@link TdsProtocolException}. */
final class PayloadReader {
    private final ByteBuffer buffer;

    PayloadReader(byte[] payload) {
        this.buffer = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    }

    int u8() throws TdsProtocolException {
        return guard(() -> buffer.get() & 0xFF);
    }

    int peekU8() throws TdsProtocolException {
        return guard(() -> buffer.get(buffer.position()) & 0xFF);
    }

    int u16() throws TdsProtocolException {
        return guard(() -> buffer.getShort() & 0xFFFF);
    }

    int i32() throws TdsProtocolException {
        return guard(buffer::getInt);
    }

    long i64() throws TdsProtocolException {
        return guard(buffer::getLong);
    }

    byte[] bytes(int count) throws TdsProtocolException {
        if (count < 0 || count > buffer.remaining()) {
            throw new TdsProtocolException("Payload ends " + (count - buffer.remaining()) + " bytes too early");
        }
        byte[] value = new byte[count];
        buffer.get(value);
        return value;
    }

    void skip(int count) throws TdsProtocolException {
        bytes(count);
    }

    /** {@code chars} UTF-16LE characters. */
    String utf16(int chars) throws TdsProtocolException {
        return new String(bytes(chars * 2), StandardCharsets.UTF_16LE);
    }

    /** B_VARCHAR: one-byte character count, then UTF-16LE. */
    String bVarchar() throws TdsProtocolException {
        return utf16(u8());
    }

    int position() {
        return buffer.position();
    }

    void position(int position) throws TdsProtocolException {
        if (position < 0 || position > buffer.limit()) {
            throw new TdsProtocolException("Offset " + position + " lies outside the payload of " + buffer.limit());
        }
        buffer.position(position);
    }

    int remaining() {
        return buffer.remaining();
    }

    private interface Read<T> {
        T get();
    }

    private static <T> T guard(Read<T> read) throws TdsProtocolException {
        try {
            return read.get();
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new TdsProtocolException("Payload ends too early");
        }
    }
}
