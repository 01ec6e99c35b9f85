package org.chancery.archive.index;

import org.chancery.cable.model.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The marking of a portion as the index groups text by: a level and its controls (NOFORN, NODIS, REL TO …),
 * controls upper-cased, whitespace collapsed, sorted and without duplicates, so that two portions with the same
 * marking share one class whatever order the marks were written in. A corpus has few of them (tens), which is
 * what lets the index keep each class's text in a field of its own and limit a search to the classes a reader
 * may see.
 *
 * <p>{@link #name()} is the portion mark letters followed by each control after a slash ({@code S/NOFORN},
 * {@code C/REL TO USA, GBR}, {@code U}); {@link #parse} reads it back.
 */
public record LabelClass(Level level, List<String> controls) implements Comparable<LabelClass> {

    public LabelClass {
        if (level == null) throw new IllegalArgumentException("a label class needs a level");
        TreeSet<String> sorted = new TreeSet<>();
        for (String control : controls) {
            String normal = normalize(control);
            if (!normal.isEmpty()) sorted.add(normal);
        }
        controls = List.copyOf(sorted);
    }

    public static LabelClass of(Level level, List<String> controls) {
        return new LabelClass(level, controls);
    }

    public static LabelClass of(IndexDocument.Portion portion) {
        return new LabelClass(portion.level(), portion.controls());
    }

    public String name() {
        StringBuilder b = new StringBuilder(level.portionMark());
        for (String control : controls) b.append('/').append(control);
        return b.toString();
    }

    /** Reads a {@link #name()} back; null when it is not one. */
    public static LabelClass parse(String name) {
        String[] parts = name.split("/", -1);
        Level level = null;
        for (Level l : Level.values()) {
            if (l.portionMark().equals(parts[0])) level = l;
        }
        if (level == null) return null;
        List<String> controls = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) controls.add(parts[i]);
        return new LabelClass(level, controls);
    }

    /** Upper case, inner whitespace collapsed to one space, and no slash (it separates controls in the name). */
    static String normalize(String control) {
        StringBuilder b = new StringBuilder(control.length());
        boolean space = false;
        for (int i = 0; i < control.length(); i++) {
            char c = control.charAt(i);
            if (Character.isWhitespace(c) || c == '/') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(LabelClass o) {
        return name().compareTo(o.name());
    }

    @Override
    public String toString() {
        return name();
    }
}
