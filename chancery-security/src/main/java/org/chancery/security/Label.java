package org.chancery.security;

import org.chancery.cable.model.Level;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reader must have to read a portion or a cable: a level, dissemination controls, the countries it is
 * releasable to ({@code REL TO}), and its distribution. Immutable; equal labels say the same thing. Its
 * {@link #toString()} is the canonical label text ({@link LabelText}).
 *
 * <p>Labels are ordered by strictness: {@link #dominates(Label)} holds when anyone who may read this label may
 * read the other. {@link #join(Label)} is the least label that dominates both: the roll-up of portions into a
 * banner, and "the stricter of the two" when a written banner and its roll-up differ.
 */
public final class Label {

    /** The nationality that NOFORN admits and that every REL TO list must name first. */
    public static final String USA = "USA";

    private final Level level;
    private final int controlBits;
    private final List<String> relTo;
    private final Distribution distribution;

    private Label(Level level, int controlBits, List<String> relTo, Distribution distribution) {
        this.level = level;
        this.controlBits = controlBits;
        this.relTo = relTo;
        this.distribution = distribution;
    }

    /**
     * A label. {@code relTo} empty means no REL TO marking; otherwise it must name USA (a US marking always
     * lists the United States first) and only country codes of three or four capital letters (trigraphs such
     * as GBR, tetragraphs such as NATO, matched literally against nationalities).
     *
     * @throws IllegalArgumentException when the level or distribution is null or the REL TO list is not valid
     */
    public static Label of(Level level, Collection<Control> controls, Collection<String> relTo,
                           Distribution distribution) {
        if (level == null) throw new IllegalArgumentException("no level");
        if (distribution == null) throw new IllegalArgumentException("no distribution");
        int bits = 0;
        for (Control c : controls) bits |= c.bit();
        return new Label(level, bits, relToList(relTo), distribution);
    }

    public static Label of(Level level, Control... controls) {
        return of(level, List.of(controls), List.of(), Distribution.UNRESTRICTED);
    }

    public Level level() {
        return level;
    }

    public Set<Control> controls() {
        EnumSet<Control> out = EnumSet.noneOf(Control.class);
        for (Control c : Control.all()) if (has(c)) out.add(c);
        return Collections.unmodifiableSet(out);
    }

    public boolean has(Control c) {
        return (controlBits & c.bit()) != 0;
    }

    int controlBits() {
        return controlBits;
    }

    /** The REL TO countries: USA first, then trigraphs, then tetragraphs, each alphabetically; empty when none. */
    public List<String> relTo() {
        return relTo;
    }

    public Distribution distribution() {
        return distribution;
    }

    public Label withLevel(Level l) {
        return of(l, controls(), relTo, distribution);
    }

    public Label withControls(Collection<Control> more) {
        int bits = controlBits;
        for (Control c : more) bits |= c.bit();
        return new Label(level, bits, relTo, distribution);
    }

    public Label withDistribution(Distribution d) {
        return of(level, controls(), relTo, d);
    }

    /** This label without the controls that are not document-wide, and without REL TO and distribution. */
    Label documentWideOnly() {
        int bits = 0;
        for (Control c : Control.all()) if (c.documentWide() && has(c)) bits |= c.bit();
        return new Label(Level.UNCLASSIFIED, bits, List.of(), Distribution.UNRESTRICTED);
    }

    /**
     * The least label that dominates both: the higher level, every control of either, the countries both are
     * releasable to, and the narrower distribution.
     */
    public Label join(Label other) {
        return new Label(Level.max(level, other.level), controlBits | other.controlBits,
                joinRelTo(relTo, other.relTo), joinDistribution(distribution, other.distribution));
    }

    /** Whether anyone who may read this label may also read {@code other}. */
    public boolean dominates(Label other) {
        return level.dominates(other.level)
                && (controlBits & other.controlBits) == other.controlBits
                && (other.relTo.isEmpty() || !relTo.isEmpty() && other.relTo.containsAll(relTo))
                && distributionDominates(distribution, other.distribution);
    }

    private static List<String> joinRelTo(List<String> a, List<String> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        List<String> both = new ArrayList<>(a);
        both.retainAll(b); // never empty: both name USA
        return List.copyOf(both);
    }

    private static Distribution joinDistribution(Distribution a, Distribution b) {
        if (a instanceof Distribution.Limited la && b instanceof Distribution.Limited lb) {
            List<String> both = new ArrayList<>(la.to());
            both.retainAll(lb.to());
            return new Distribution.Limited(both);
        }
        if (a instanceof Distribution.Limited) return a;
        if (b instanceof Distribution.Limited) return b;
        if (a instanceof Distribution.Sipdis) return a;
        return b;
    }

    /** Whoever {@code a} reaches is reached by {@code b}. */
    private static boolean distributionDominates(Distribution a, Distribution b) {
        return switch (a) {
            case Distribution.Limited la -> !(b instanceof Distribution.Limited lb) || lb.to().containsAll(la.to());
            case Distribution.Sipdis s -> !(b instanceof Distribution.Limited);
            case Distribution.Unrestricted u -> !(b instanceof Distribution.Limited);
        };
    }

    private static List<String> relToList(Collection<String> codes) {
        if (codes.isEmpty()) return List.of();
        Set<String> seen = new LinkedHashSet<>(codes);
        for (String code : seen) {
            if (!isCountryCode(code)) {
                throw new IllegalArgumentException("not a country code: '" + code + "' (three or four capital letters)");
            }
        }
        if (!seen.contains(USA)) throw new IllegalArgumentException("REL TO must name USA first");
        TreeSet<String> tri = new TreeSet<>();
        TreeSet<String> tetra = new TreeSet<>();
        for (String code : seen) {
            if (code.equals(USA)) continue;
            (code.length() == 3 ? tri : tetra).add(code);
        }
        List<String> out = new ArrayList<>(seen.size());
        out.add(USA);
        out.addAll(tri);
        out.addAll(tetra);
        return List.copyOf(out);
    }

    static boolean isCountryCode(String s) {
        if (s == null || s.length() < 3 || s.length() > 4) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label l && level == l.level && controlBits == l.controlBits && relTo.equals(l.relTo)
                && distribution.equals(l.distribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, controlBits, relTo, distribution);
    }

    /** The canonical label text, e.g. {@code SECRET//NOFORN//SIPDIS}. */
    @Override
    public String toString() {
        return LabelText.format(this);
    }
}
