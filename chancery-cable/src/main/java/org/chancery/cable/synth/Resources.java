package org.chancery.cable.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The generator's data files next to this class: UTF-8, one record a line, {@code #} comments. */
final class Resources {

    private Resources() {
    }

    /** The meaningful lines of a resource (blank and comment lines dropped, trailing spaces stripped). */
    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("synthetic corpus resource missing: " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                String l = line.stripTrailing();
                if (!l.isBlank() && !l.stripLeading().startsWith("#")) out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synthetic corpus resource " + name, e);
        }
    }

    /** A tab-separated line's fields; fails when there are fewer than {@code min}. */
    static List<String> fields(String name, String line, int min) {
        List<String> out = List.of(line.split("\t", -1));
        if (out.size() < min) {
            throw new IllegalStateException(name + ": expected " + min + " tab-separated fields in \"" + line + "\"");
        }
        return out;
    }

    /** {@code a | b | c} → [a, b, c]. */
    static List<String> bars(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split("\\|", -1)) {
            String t = s.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
