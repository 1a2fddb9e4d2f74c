package org.clusterwright.nodes;

import org.clusterwright.nodes.NodeAccessException.Problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A config file's bytes with their encoding worked out (byte order mark, then the XML declaration, then UTF-8),
 * decoded strictly, so that a splice can map character positions back to byte positions and leave every byte
 * outside the change exactly as it was.
 */
record XmlBytes(byte[] bytes, int bomLength, Charset charset, String text) {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    static XmlBytes decode(byte[] bytes, String source) throws NodeAccessException {
        int bom = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0x3C, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0x00, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declared(bytes, source);
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
            return new XmlBytes(bytes.clone(), bom, charset, text);
        } catch (CharacterCodingException e) {
            throw new NodeAccessException(Problem.MALFORMED, source + " is not valid " + charset.name()
                    + " text, so it cannot be changed safely.", "Open the file in an editor, fix or re-save it in "
                    + "its declared encoding, and try again. Nothing was written.", e);
        }
    }

    /** The bytes of the file with the characters [from, to) replaced; every other byte is the original's. */
    byte[] splice(int from, int to, String replacement) {
        int start = bomLength + encode(text.substring(0, from)).length;
        int end = start + encode(text.substring(from, to)).length;
        byte[] middle = encode(replacement);
        byte[] result = Arrays.copyOf(bytes, start + middle.length + bytes.length - end);
        System.arraycopy(middle, 0, result, start, middle.length);
        System.arraycopy(bytes, end, result, start + middle.length, bytes.length - end);
        return result;
    }

    boolean canEncode(String value) {
        return charset.newEncoder().canEncode(value);
    }

    private byte[] encode(String part) {
        try {
            ByteBuffer buffer = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(part));
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text that cannot be written in " + charset.name(), e);
        }
    }

    private static Charset declared(byte[] bytes, String source) throws NodeAccessException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
            throw new NodeAccessException(Problem.MALFORMED, source + " declares the encoding '" + matcher.group(1)
                    + "', which this Java runtime does not know.", "Re-save the file as UTF-8. Nothing was written.", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
