package org.chancery.archive.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tar stream entry by entry: 512-byte headers (v7, ustar with its name prefix, GNU), long names from a
 * GNU {@code ././@LongLink} entry or a pax {@code path=} record, sizes in octal or GNU base-256. Only what ingest
 * needs: names, types and the content of regular files.
 */
final class TarReader {

    private static final int BLOCK = 512;

    /** A header: the entry's full name, its type flag ('0' for a regular file, '5' for a folder…) and size. */
    record Entry(String name, char type, long size) {
        boolean isFile() {
            return type == '0' || type == '\0' || type == '7';
        }
    }

    private final InputStream in;
    private final byte[] header = new byte[BLOCK];
    private long unread;   // bytes of the current entry's content not yet read
    private long padding;  // bytes after the content up to the next 512-byte boundary

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. Skips whatever of the previous entry was not read. */
    Entry next() throws IOException {
        String longName = null;
        while (true) {
            skip(unread + padding);
            unread = 0;
            padding = 0;
            if (!readBlock(header)) return null;
            if (isZero(header)) return null;
            verifyChecksum();
            char type = (char) (header[156] & 0xFF);
            long size = size();
            unread = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            switch (type) {
                case 'L' -> longName = trimNul(new String(content(), StandardCharsets.UTF_8));
                case 'x' -> {
                    String path = paxPath(content());
                    if (path != null) longName = path;
                }
                case 'g', 'K' -> {
                    // Global pax header and GNU long link name: nothing ingest needs.
                }
                default -> {
                    String name = longName != null ? longName : ustarName();
                    return new Entry(name, type, size);
                }
            }
        }
    }

    /** The content of the current entry (call at most once per entry). */
    byte[] content() throws IOException {
        if (unread > Integer.MAX_VALUE - 16) throw new IOException("tar entry too large: " + unread + " bytes");
        byte[] data = in.readNBytes((int) unread);
        if (data.length < unread) throw new EOFException("tar archive ends inside an entry");
        unread = 0;
        return data;
    }

    private String ustarName() {
        String name = field(0, 100);
        boolean ustar = header[257] == 'u' && header[258] == 's' && header[259] == 't' && header[260] == 'a'
                && header[261] == 'r';
        if (ustar) {
            String prefix = field(345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
        }
        return name;
    }

    /** The {@code path} of a pax extended header: records {@code "LEN key=value\n"}. */
    private static String paxPath(byte[] data) throws IOException {
        String path = null;
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (space < data.length && data[space] != ' ') space++;
            if (space == data.length) break;
            int length;
            try {
                length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("corrupt pax header");
            }
            if (length <= 0 || i + length > data.length) throw new IOException("corrupt pax header");
            String record = new String(data, space + 1, i + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) path = record.substring(5);
            i += length;
        }
        return path;
    }

    private long size() throws IOException {
        if ((header[124] & 0x80) != 0) {
            // GNU base-256: big-endian binary in the remaining bytes.
            long size = 0;
            for (int i = 125; i < 136; i++) size = (size << 8) | (header[i] & 0xFF);
            return size;
        }
        return octal(124, 12, "size");
    }

    private void verifyChecksum() throws IOException {
        long stored = octal(148, 8, "checksum");
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xFF);
        if (sum != stored) throw new IOException("corrupt tar header (checksum mismatch)");
    }

    private long octal(int offset, int length, String what) throws IOException {
        long value = 0;
        int i = offset;
        int end = offset + length;
        while (i < end && (header[i] == ' ' || header[i] == 0)) i++;
        boolean any = false;
        while (i < end && header[i] >= '0' && header[i] <= '7') {
            value = value * 8 + (header[i] - '0');
            i++;
            any = true;
        }
        if (!any) throw new IOException("corrupt tar header (no " + what + ")");
        return value;
    }

    private String field(int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) end++;
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int end = s.indexOf('\0');
        return end < 0 ? s : s.substring(0, end);
    }

    private boolean readBlock(byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) return false;
        if (n < BLOCK) throw new EOFException("tar archive ends inside a header");
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) return false;
        }
        return true;
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) throw new EOFException("tar archive ends inside an entry");
                skipped = 1;
            }
            n -= skipped;
        }
    }
}
