package org.chancery.cable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The input as it was read: its text, the charset it was decoded with (UTF-8 when the bytes are valid UTF-8,
 * otherwise ISO-8859-1, which maps every byte to a character and back) and whether it began with a UTF-8
 * byte-order mark. {@link #toBytes()} gives back the exact bytes.
 */
public record Source(String text, Charset charset, boolean bom) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] toBytes() {
        byte[] body = text.getBytes(charset);
        if (!bom) return body;
        byte[] out = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public static Source of(String text) {
        return new Source(text, StandardCharsets.UTF_8, false);
    }
}
