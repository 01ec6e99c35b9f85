package org.chancery.cable;

import org.chancery.cable.model.Cable;
import org.chancery.cable.read.CableReader;
import org.chancery.cable.read.SourceDecoder;
import org.chancery.cable.write.CanonicalWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one way in: read any cable, however messy, into a {@link ParsedCable}; write a {@link Cable} back out.
 * Reading never throws on content (only on I/O); what it did not understand comes back as diagnostics.
 */
public final class Cables {

    private Cables() {
    }

    /** Reads a file: a Cablegate HTML page when it ends in .html/.htm or looks like HTML, else plain text. */
    public static ParsedCable read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String fileName = file.getFileName().toString();
        return read(bytes, baseName(fileName), formatOf(fileName, bytes));
    }

    /** Reads bytes as plain text or as an HTML page. */
    public static ParsedCable read(byte[] bytes, String name, SourceFormat format) {
        return CableReader.read(SourceDecoder.decode(bytes), name, format);
    }

    /** Reads plain text. */
    public static ParsedCable read(String text, String name) {
        return CableReader.read(Source.of(text), name, SourceFormat.TEXT);
    }

    /** Reads plain text with no source name. */
    public static ParsedCable read(String text) {
        return read(text, null);
    }

    /** Writes a cable in canonical form (all its sections, one after another). */
    public static String write(Cable cable) {
        return CanonicalWriter.write(cable);
    }

    /** Writes a cable in canonical form, one text per section. */
    public static List<String> writeSections(Cable cable) {
        return CanonicalWriter.writeSections(cable);
    }

    /** The file name without its extension: {@code 09PRAGUE589.txt} → {@code 09PRAGUE589}. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The format of a file by its name (.html, .htm) or, failing that, by whether its bytes begin like HTML. */
    public static SourceFormat formatOf(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) return SourceFormat.HTML;
        int i = 0;
        while (i < bytes.length && i < 64 && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r'
                || bytes[i] == '\t' || (bytes[i] & 0xFF) == 0xEF || (bytes[i] & 0xFF) == 0xBB
                || (bytes[i] & 0xFF) == 0xBF)) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '<') {
            String head = new String(bytes, i, Math.min(15, bytes.length - i), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (head.startsWith("<!doctype html") || head.startsWith("<html")) return SourceFormat.HTML;
        }
        return SourceFormat.TEXT;
    }
}
