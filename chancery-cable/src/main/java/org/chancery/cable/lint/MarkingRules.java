package org.chancery.cable.lint;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Subject;

import java.util.ArrayList;
import java.util.List;

/** Section 5, rule 11: portion marks, the banner as the highest portion, NOFORN. */
final class MarkingRules {

    private MarkingRules() {
    }

    /** A marked portion: the subject or a paragraph, with where it is and how to name it in a message. */
    record Portion(String name, PortionMark mark, Position at, boolean numbered) {
    }

    /** The subject and the paragraphs, in text order, with their marks (null when unmarked). */
    static List<Portion> portions(LintContext c) {
        List<Portion> out = new ArrayList<>();
        Subject subject = c.telegram().subject();
        if (subject != null && subject.mark() != null) {
            out.add(new Portion("the subject", subject.mark(), c.locate().first(Kind.SUBJECT), false));
        }
        List<Block.Paragraph> paragraphs = c.telegram().paragraphs();
        // The reader lays one PARAGRAPH segment per paragraph; when it did not, search for the mark instead.
        boolean oneToOne = c.locate().segments(Kind.PARAGRAPH).size() == paragraphs.size();
        for (int i = 0; i < paragraphs.size(); i++) {
            Block.Paragraph p = paragraphs.get(i);
            Position at = oneToOne || p.marking() == null
                    ? c.locate().nth(Kind.PARAGRAPH, i)
                    : c.locate().find("(" + p.marking().text() + ")", Kind.PARAGRAPH);
            String name = p.number() != null ? "paragraph " + p.number() : "paragraph " + (i + 1) + " (unnumbered)";
            out.add(new Portion(name, p.marking(), at, p.number() != null));
        }
        return out;
    }

    static String mark(PortionMark m) {
        return "(" + m.text() + ")";
    }

    /** Rule 11: in a classified cable of several paragraphs, every paragraph carries a portion mark. */
    static final class PortionMarks extends NamedRule {
        PortionMarks() {
            super("portion-marks", Severity.WARNING);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Level banner = c.banner();
            List<Block.Paragraph> paragraphs = c.telegram().paragraphs();
            // Unclassified cables need no marks; a single paragraph takes the banner's.
            if (banner == null || !banner.isClassified() || paragraphs.size() < 2) return;
            // In a numbered cable the unnumbered paragraphs are continuations and sub-paragraphs: they take
            // the mark of the numbered paragraph they belong to.
            boolean numbered = paragraphs.stream().anyMatch(p -> p.number() != null);
            for (Portion p : portions(c)) {
                if (p.mark() == null && (!numbered || p.numbered())) {
                    out.warning(p.at(), p.name() + " of this " + banner.word() + " cable has no portion mark:"
                            + " begin it with (U), (SBU), (C), (S) or (TS), as its content is classified");
                }
            }
        }
    }

    /** Rule 11: the banner equals the highest portion; where they differ, the stricter governs. */
    static final class BannerRollup extends NamedRule {
        BannerRollup() {
            super("banner-rollup", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Level banner = c.banner();
            if (banner == null) return;
            List<Portion> portions = portions(c);
            Portion highest = null; // the first portion of the highest level
            boolean allMarked = !portions.isEmpty();
            boolean numbered = portions.stream().anyMatch(Portion::numbered);
            for (Portion p : portions) {
                if (p.mark() == null || p.mark().level() == null) {
                    if (p.numbered() || !numbered) allMarked = false;
                    continue;
                }
                if (highest == null || p.mark().level().compareTo(highest.mark().level()) > 0) highest = p;
            }
            // One finding per cable, at the first portion of the highest level: the fix is one for all of them.
            if (highest != null && highest.mark().level().compareTo(banner) > 0) {
                Level level = highest.mark().level();
                String fix = level == Level.SBU
                        ? "add the SENSITIVE caption (SBU goes as UNCLASSIFIED with SENSITIVE)"
                        : "raise the classification line (and FL4) to " + level.word()
                        + ", or re-mark the portion if it is not " + level.word();
                String msg = highest.name() + " is marked " + mark(highest.mark()) + " but the banner is "
                        + banner.word() + ": the stricter marking governs, so the cable is " + level.word() + "; " + fix;
                if (level.isClassified()) out.error(highest.at(), msg);
                else out.warning(highest.at(), msg);
            }
            // Only when every paragraph is marked do we know the highest portion; unmarked ones take the banner.
            if (allMarked && highest != null && banner.compareTo(highest.mark().level()) > 0
                    && banner.isClassified()) {
                out.warning(c.locate().first(Kind.CLASSIFICATION), "the banner is " + banner.word() + " but the"
                        + " highest portion is " + mark(highest.mark()) + ": the stricter banner governs; lower the"
                        + " classification line to " + highest.mark().level().word() + " if no portion is "
                        + banner.word() + ", or mark the portion that is");
            }
        }
    }

    /** Rule 11: a NOFORN portion makes the cable NOFORN. */
    static final class Noforn extends NamedRule {
        Noforn() {
            super("noforn", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            if (c.hasCaption("NOFORN")) return;
            var line = c.telegram().classification();
            if (line != null) {
                for (String q : line.qualifiers()) if (Words.of(q).contains("NOFORN")) return;
            }
            for (Portion p : portions(c)) {
                if (p.mark() != null && p.mark().isNoforn()) {
                    out.error(p.at(), p.name() + " is marked " + mark(p.mark()) + " but the cable is not NOFORN:"
                            + " a NOFORN portion makes the whole cable NOFORN; add the NOFORN caption after the"
                            + " classification line");
                    return; // one finding says it: the fix is the same for every NF portion
                }
            }
        }
    }
}
