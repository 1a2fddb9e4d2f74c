package org.clusterwright.database.tds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a TDS payload. TDS is little-endian except where a caller says otherwise (LOGINACK's TDS version). */
final class PayloadWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PayloadWriter u8(int value) {
        bytes.write(value & 0xFF);
        return this;
    }

    PayloadWriter u16(int value) {
        return u8(value).u8(value >> 8);
    }

    PayloadWriter u16BigEndian(int value) {
        return u8(value >> 8).u8(value);
    }

    PayloadWriter i32(int value) {
        return u16(value).u16(value >>> 16);
    }

    PayloadWriter i32BigEndian(int value) {
        return u16BigEndian(value >>> 16).u16BigEndian(value);
    }

    PayloadWriter i64(long value) {
        return i32((int) value).i32((int) (value >>> 32));
    }

    PayloadWriter bytes(byte[] value) {
        bytes.writeBytes(value);
        return this;
    }

    /** UTF-16LE characters without a length prefix. */
    PayloadWriter utf16(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_16LE));
    }

    /** B_VARCHAR: a one-byte character count, then UTF-16LE. */
    PayloadWriter bVarchar(String value) {
        if (value.length() > 255) {
            throw new IllegalArgumentException("B_VARCHAR holds at most 255 characters: " + value);
        }
        return u8(value.length()).utf16(value);
    }

    /** US_VARCHAR: a two-byte character count, then UTF-16LE. */
    PayloadWriter usVarchar(String value) {
        if (value.length() > 0xFFFF) {
            throw new IllegalArgumentException("US_VARCHAR holds at most 65535 characters");
        }
        return u16(value.length()).utf16(value);
    }

    /** B_VARBYTE: a one-byte length, then the bytes. */
    PayloadWriter bVarbyte(byte[] value) {
        return u8(value.length).bytes(value);
    }

    int size() {
        return bytes.size();
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
