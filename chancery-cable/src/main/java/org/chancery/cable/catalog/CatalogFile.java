package org.chancery.cable.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line-based catalog files: UTF-8 text, one record a line, {@code #} comments and blank lines ignored.
 * One reader serves every catalog so that all of them report errors the same way.
 */
final class CatalogFile {

    /** One meaningful line of a catalog file. */
    record Line(String source, int number, String text) {

        CatalogFormatException error(String problem) {
            return new CatalogFormatException(source, number, problem);
        }

        /** Splits on tabs; fails unless the field count is within bounds. */
        List<String> tabFields(int min, int max, String expected) {
            List<String> fields = split(text, '\t');
            if (fields.size() < min || fields.size() > max) {
                throw error("expected " + expected + " (" + (min == max ? min : min + " to " + max)
                        + " tab-separated fields) but found " + fields.size() + ": \"" + text + "\"");
            }
            return fields;
        }
    }

    private CatalogFile() {
    }

    /** The lines of a resource next to this class; a missing resource is a build error. */
    static List<Line> resource(String name) {
        try (InputStream in = CatalogFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + name);
            }
            return lines(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + name, e);
        }
    }

    /** The lines of a file. */
    static List<Line> file(Path path, boolean skipComments) throws IOException {
        return lines(path.toString(), Files.readString(path, StandardCharsets.UTF_8), skipComments);
    }

    static List<Line> lines(String source, String content, boolean skipComments) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        int start = 0;
        int n = content.length();
        if (n > 0 && content.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < n) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            number++;
            String text = content.substring(start, end > start && content.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (text.isBlank() || (skipComments && text.stripLeading().startsWith("#"))) {
                continue;
            }
            out.add(new Line(source, number, text));
        }
        return out;
    }

    static List<String> split(String text, char separator) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                fields.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return fields;
    }

    /**
     * The lookup key of a name: upper case (Locale.ROOT), outer whitespace removed, inner whitespace runs
     * collapsed to one space; null for null.
     */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
