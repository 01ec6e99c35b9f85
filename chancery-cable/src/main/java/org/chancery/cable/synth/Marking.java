package org.chancery.cable.synth;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The classification of a cable and of its portions. Banner levels in about the proportions of the Cablegate
 * corpus; NOFORN on about one CONFIDENTIAL cable in eleven and two SECRET in five; rare NODIS/EXDIS. Every
 * portion is at most the banner, at least one portion is at the banner (the banner is the highest portion), and
 * NF portions appear only in NOFORN cables.
 *
 * @param level   the banner: SBU is sent UNCLASSIFIED with the SENSITIVE caption
 * @param noforn  whether the cable is NOFORN
 * @param channel NODIS, EXDIS or null
 * @param sipdis  whether the cable carries SIPDIS
 */
record Marking(Level level, boolean noforn, String channel, boolean sipdis) {

    static final Weighted<Level> LEVELS = Weighted.of(Level.UNCLASSIFIED, 13.0, Level.SBU, 17.0,
            Level.CONFIDENTIAL, 51.0, Level.SECRET, 18.8, Level.TOP_SECRET, 0.2);

    static Marking draw(SplittableRandom r) {
        Level level = LEVELS.pick(r);
        boolean noforn = switch (level) {
            case CONFIDENTIAL -> Draw.chance(r, 0.09);
            case SECRET -> Draw.chance(r, 0.38);
            case TOP_SECRET -> Draw.chance(r, 0.6);
            default -> false;
        };
        String channel = null;
        if (level.isClassified()) {
            double x = r.nextDouble();
            double scale = level == Level.CONFIDENTIAL ? 1 : 3;
            if (x < 0.004 * scale) channel = "NODIS";
            else if (x < 0.016 * scale) channel = "EXDIS";
        }
        // Most cables were SIPDIS (posted to the SIPRNet archive); NODIS and EXDIS traffic never was.
        boolean sipdis = channel == null && Draw.chance(r, 0.88);
        return new Marking(level, noforn, channel, sipdis);
    }

    /** The captions after the classification line: channel, NOFORN, then SIPDIS and SENSITIVE in either order. */
    List<String> captions(SplittableRandom r) {
        List<String> out = new ArrayList<>();
        if (channel != null) out.add(channel);
        if (noforn) out.add("NOFORN");
        boolean sensitive = level == Level.SBU;
        if (sipdis && sensitive && Draw.chance(r, 0.5)) {
            out.add("SENSITIVE");
            out.add("SIPDIS");
        } else {
            if (sipdis) out.add("SIPDIS");
            if (sensitive) out.add("SENSITIVE");
        }
        return out;
    }

    /**
     * Portion marks for {@code count} paragraphs: mostly the banner, some lower; one at the banner at least;
     * NF on some banner-level portions of a NOFORN cable (one at least). Null marks for an unclassified cable
     * that does not mark its paragraphs.
     */
    List<PortionMark> portions(SplittableRandom r, int count) {
        List<PortionMark> out = new ArrayList<>(count);
        if (level == Level.UNCLASSIFIED) {
            PortionMark u = Draw.chance(r, 0.5) ? mark(Level.UNCLASSIFIED, false) : null;
            for (int i = 0; i < count; i++) out.add(u);
            return out;
        }
        List<Level> levels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) levels.add(portionLevel(r));
        int top = levels.indexOf(level);
        if (top < 0) {
            top = r.nextInt(count);
            levels.set(top, level);
        }
        for (int i = 0; i < count; i++) {
            boolean nf = noforn && levels.get(i) == level && (i == top || Draw.chance(r, 0.6));
            out.add(mark(levels.get(i), nf));
        }
        return out;
    }

    /** The mark of the subject line, on about one cable in five (never NF). */
    PortionMark subjectMark(SplittableRandom r) {
        if (level == Level.UNCLASSIFIED || !Draw.chance(r, 0.2)) return null;
        return mark(Draw.chance(r, 0.5) ? level : Level.UNCLASSIFIED, false);
    }

    private Level portionLevel(SplittableRandom r) {
        double x = r.nextDouble();
        return switch (level) {
            case SBU -> x < 0.75 ? Level.SBU : Level.UNCLASSIFIED;
            case CONFIDENTIAL -> x < 0.72 ? Level.CONFIDENTIAL : x < 0.86 ? Level.SBU : Level.UNCLASSIFIED;
            case SECRET -> x < 0.55 ? Level.SECRET : x < 0.85 ? Level.CONFIDENTIAL : x < 0.93 ? Level.SBU
                    : Level.UNCLASSIFIED;
            case TOP_SECRET -> x < 0.5 ? Level.TOP_SECRET : x < 0.85 ? Level.SECRET : Level.CONFIDENTIAL;
            default -> Level.UNCLASSIFIED;
        };
    }

    static PortionMark mark(Level level, boolean noforn) {
        return noforn
                ? new PortionMark(level, List.of("NOFORN"), level.portionMark() + "/NF")
                : new PortionMark(level, List.of(), level.portionMark());
    }
}
