package org.chancery.archive.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Writes tar archives for tests: ustar entries, long names as GNU LongLink or pax records, folders. */
final class TarBuilder {

    enum LongNames { USTAR_PREFIX, GNU, PAX }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final LongNames longNames;

    TarBuilder(LongNames longNames) {
        this.longNames = longNames;
    }

    TarBuilder folder(String name) {
        header(name, '5', 0);
        return this;
    }

    TarBuilder file(String name, byte[] content) {
        if (name.length() > 100) {
            switch (longNames) {
                case GNU -> {
                    byte[] bytes = (name + "\0").getBytes(StandardCharsets.UTF_8);
                    header("././@LongLink", 'L', bytes.length);
                    data(bytes);
                    header(name.substring(0, 100), '0', content.length);
                }
                case PAX -> {
                    String record = " path=" + name + "\n";
                    int length = record.length() + 2;
                    String withLength = length + record;
                    if (withLength.length() != length) withLength = (length + 1) + record;
                    byte[] bytes = withLength.getBytes(StandardCharsets.UTF_8);
                    header("PaxHeaders/x", 'x', bytes.length);
                    data(bytes);
                    header(name.substring(name.length() - 100), '0', content.length);
                }
                case USTAR_PREFIX -> {
                    int slash = name.lastIndexOf('/', name.length() - 2);
                    ustar(name.substring(slash + 1), name.substring(0, slash), '0', content.length);
                }
            }
        } else {
            header(name, '0', content.length);
        }
        data(content);
        return this;
    }

    byte[] tar() {
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    byte[] tarGz() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(tar());
        }
        return gz.toByteArray();
    }

    private void header(String name, char type, long size) {
        ustar(name, "", type, size);
    }

    private void ustar(String name, String prefix, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        put(h, 124, String.format(Locale.ROOT, "%011o", size), 12);
        put(h, 136, "00000000000", 12);
        h[156] = (byte) type;
        put(h, 257, "ustar", 6);
        put(h, 263, "00", 2);
        put(h, 345, prefix, 155);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xFF;
        put(h, 148, String.format(Locale.ROOT, "%06o", sum), 7);
        out.writeBytes(h);
    }

    private void data(byte[] content) {
        out.writeBytes(content);
        int pad = (512 - content.length % 512) % 512;
        out.writeBytes(new byte[pad]);
    }

    private static void put(byte[] h, int offset, String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > max) throw new IllegalArgumentException("too long for the field: " + s);
        System.arraycopy(b, 0, h, offset, b.length);
    }
}
