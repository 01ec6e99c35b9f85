package org.chancery.cable.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A sentence or subject template, compiled once: literal text, {@code {slot}}s filled by a {@link Filler}, and
 * {@code [a|b|c]} alternatives (which may hold slots and further alternatives). Rendering appends to a
 * StringBuilder: no regex, no intermediate strings on the hot path.
 */
final class Template {

    /** Fills a named slot (names are lower case). */
    interface Filler {
        void fill(String slot, StringBuilder out);
    }

    private sealed interface Part permits Literal, Slot, Choice {
    }

    private record Literal(String text) implements Part {
    }

    private record Slot(String name) implements Part {
    }

    private record Choice(List<Template> options) implements Part {
    }

    private final List<Part> parts;
    private final String source;

    private Template(List<Part> parts, String source) {
        this.parts = List.copyOf(parts);
        this.source = source;
    }

    static Template parse(String source) {
        int[] at = {0};
        Template t = parse(source, at, false);
        if (at[0] != source.length()) throw new IllegalArgumentException("unbalanced ] in template: " + source);
        return t;
    }

    /** Parses up to the end, or (inside an alternative) up to the next | or ] at this depth. */
    private static Template parse(String s, int[] at, boolean nested) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int start = at[0];
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (nested && (c == '|' || c == ']')) break;
            if (!nested && c == ']') break;
            if (c == '{') {
                int close = s.indexOf('}', at[0]);
                if (close < 0) throw new IllegalArgumentException("unclosed { in template: " + s);
                flush(literal, parts);
                parts.add(new Slot(s.substring(at[0] + 1, close).strip().toLowerCase(Locale.ROOT)));
                at[0] = close + 1;
            } else if (c == '[') {
                flush(literal, parts);
                at[0]++;
                List<Template> options = new ArrayList<>();
                while (true) {
                    options.add(parse(s, at, true));
                    if (at[0] >= s.length()) throw new IllegalArgumentException("unclosed [ in template: " + s);
                    char end = s.charAt(at[0]++);
                    if (end == ']') break;
                }
                parts.add(new Choice(options));
            } else {
                literal.append(c);
                at[0]++;
            }
        }
        flush(literal, parts);
        return new Template(parts, s.substring(start, at[0]));
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    void render(StringBuilder out, Filler filler, SplittableRandom r) {
        for (Part p : parts) {
            switch (p) {
                case Literal l -> out.append(l.text());
                case Slot sl -> filler.fill(sl.name(), out);
                case Choice ch -> Draw.pick(r, ch.options()).render(out, filler, r);
            }
        }
    }

    /** The slot names used anywhere in this template (for checking the data files). */
    List<String> slots() {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            switch (p) {
                case Literal l -> { }
                case Slot sl -> out.add(sl.name());
                case Choice ch -> ch.options().forEach(o -> out.addAll(o.slots()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
