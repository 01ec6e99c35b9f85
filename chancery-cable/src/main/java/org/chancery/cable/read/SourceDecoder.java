package org.chancery.cable.read;

import org.chancery.cable.Source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text without consulting the platform: UTF-8 when the bytes are valid UTF-8 (after an optional
 * byte-order mark), otherwise ISO-8859-1, which maps each byte to one character and back. Either way
 * {@link Source#toBytes()} restores the exact input.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    public static Source decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        // The JDK's String decoding is several times faster than a CharsetDecoder; it replaces malformed
        // input with U+FFFD, so a text without U+FFFD came from valid UTF-8. Only a text holding U+FFFD (malformed
        // input, or a replacement character really written) goes through the strict decoder to tell which.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return new Source(fast, StandardCharsets.UTF_8, bom);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Source(chars.toString(), StandardCharsets.UTF_8, bom);
        } catch (CharacterCodingException e) {
            // Not UTF-8: every byte becomes the character of the same value, so nothing is lost.
            return new Source(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, false);
        }
    }
}
