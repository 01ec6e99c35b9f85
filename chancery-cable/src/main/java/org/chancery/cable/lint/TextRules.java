package org.chancery.cable.lint;

import org.chancery.cable.Segment;
import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.catalog.Tags;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.read.Lines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Section 5, rules 7, 8, 10 and 12: classification line, sections, captions, TAGS, line length. */
final class TextRules {

    private TextRules() {
    }

    /** Rule 7: exactly one classification line, with a post and a 6-digit MRN. */
    static final class ClassificationLine extends NamedRule {
        ClassificationLine() {
            super("classification-line", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            org.chancery.cable.model.ClassificationLine line = c.telegram().classification();
            Position at = c.locate().first(Kind.CLASSIFICATION);
            if (line == null) {
                String msg = "no classification line: add one after the header, e.g. CONFIDENTIAL PRAGUE 000589";
                // An extract that also lost its header may have lost this line with it.
                if (c.envelope() == null && !c.draft()) out.warning(Position.WHOLE, msg);
                else out.error(Position.WHOLE, msg);
                return;
            }
            if (line.level() == null) {
                out.error(at, "the classification level " + EnvelopeRules.nz(line.levelText()) + " is not one of"
                        + " UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP SECRET (or LIMITED OFFICIAL USE): correct it");
            }
            if (EnvelopeRules.blank(line.post())) {
                out.error(at, "the classification line names no post: write it as LEVEL POST MRN,"
                        + " e.g. CONFIDENTIAL PRAGUE 000589");
            }
            if (!EnvelopeRules.digits(line.mrn(), 6, 6)) {
                String fix = EnvelopeRules.digits(line.mrn(), 1, 5)
                        ? "write " + "0".repeat(6 - line.mrn().length()) + line.mrn()
                        : "end the line with the 6-digit message reference number";
                out.error(at, "the message reference number " + EnvelopeRules.nz(line.mrn())
                        + " must have six digits: " + fix);
            } else {
                Envelope e = c.envelope();
                String ssn = e == null || e.station() == null ? null : e.station().ssn();
                // Observed, not a rule of the handbook: the SSN is the MRN's last four digits.
                if (EnvelopeRules.digits(ssn, 4, 4) && !line.mrn().endsWith(ssn)) {
                    out.info(at, "MRN " + line.mrn() + " does not end with the FL3 station serial number " + ssn
                            + ", as it usually does: check both numbers");
                }
            }
            int lines = c.locate().segments(Kind.CLASSIFICATION).size();
            if (lines > 1 && line.sections() == null) {
                out.warning(at, "the classification line appears " + lines + " times in a cable of one section:"
                        + " keep one (a cable split in sections says SECTION nn OF mm on each)");
            }
        }
    }

    /** {@code SECTION 01 OF 03}: on one already isolated classification line. */
    private static final Pattern SECTION = Pattern.compile("\\bSECTION\\s+(\\d{1,3})\\s+OF\\s+(\\d{1,3})\\b");

    /** Rule 7: SECTION nn OF mm consistent within and across sections, and with FL3. */
    static final class SectionNumbering extends NamedRule {
        SectionNumbering() {
            super("section-numbering", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            org.chancery.cable.model.ClassificationLine line = c.telegram().classification();
            if (line == null) return;
            Position at = c.locate().first(Kind.CLASSIFICATION);
            Integer n = line.section();
            Integer of = line.sections();
            if (n != null && of != null) {
                if (n < 1 || n > of) {
                    out.error(at, "SECTION " + n + " OF " + of + " is impossible: number sections from 1 to " + of);
                } else if (of == 1) {
                    out.warning(at, "SECTION 01 OF 01: a cable of one section carries no SECTION: remove it");
                }
            } else if (n != null || of != null) {
                out.error(at, "the SECTION marking is incomplete: write SECTION nn OF mm");
            }
            Envelope e = c.envelope();
            String fl3 = e == null || e.station() == null ? null : e.station().section();
            if (fl3 != null && EnvelopeRules.digits(fl3, 1, 3)) {
                int s = Integer.parseInt(fl3);
                if (n == null && s != 1) {
                    out.error(c.locate().first(Kind.STATION), "FL3 says section /" + fl3 + " but the classification"
                            + " line has no SECTION nn OF mm: add it, or remove /" + fl3 + " from FL3");
                } else if (n != null && s != n) {
                    out.error(c.locate().first(Kind.STATION), "FL3 says section /" + fl3 + " but the classification"
                            + " line says SECTION " + n + ": make FL3 /" + String.format(java.util.Locale.ROOT, "%02d", n));
                }
            }
            acrossSections(c, out);
        }

        /** When several sections follow one another in the text, they run 1, 2, … of one same total. */
        private static void acrossSections(LintContext c, Findings out) {
            List<Segment> lines = c.locate().segments(Kind.CLASSIFICATION);
            if (lines.size() < 2) return;
            int expected = 0;
            int total = -1;
            for (Segment s : lines) {
                Matcher m = SECTION.matcher(c.parsed().textOf(s));
                if (!m.find()) continue;
                int n = Integer.parseInt(m.group(1));
                int of = Integer.parseInt(m.group(2));
                Position at = c.locate().at(s.start());
                if (total >= 0 && of != total) {
                    out.error(at, "this section says OF " + of + " but an earlier one says OF " + total
                            + ": give every section the same total");
                }
                if (expected > 0 && n != expected) {
                    out.error(at, "SECTION " + n + " follows section " + (expected - 1) + ": number sections"
                            + " consecutively (this one is " + expected + ")");
                }
                total = of;
                expected = n + 1;
            }
        }
    }

    /** The captions State uses: channel captions, handling controls, SBU, SIPRNet distribution. */
    enum CaptionKind { CHANNEL, CONTROL, SENSITIVE, DISTRIBUTION, MODIFIER }

    static final Map<String, CaptionKind> CAPTIONS = Map.ofEntries(
            Map.entry("NODIS", CaptionKind.CHANNEL), Map.entry("EXDIS", CaptionKind.CHANNEL),
            Map.entry("LIMDIS", CaptionKind.CHANNEL), Map.entry("STADIS", CaptionKind.CHANNEL),
            Map.entry("SPECAT", CaptionKind.CHANNEL),
            Map.entry("NOFORN", CaptionKind.CONTROL), Map.entry("ORCON", CaptionKind.CONTROL),
            Map.entry("PROPIN", CaptionKind.CONTROL), Map.entry("NOCONTRACT", CaptionKind.CONTROL),
            Map.entry("SENSITIVE", CaptionKind.SENSITIVE),
            Map.entry("SIPDIS", CaptionKind.DISTRIBUTION),
            // Words that qualify a channel: SPECAT EXCLUSIVE, CHEROKEE NODIS, ROGER channel.
            Map.entry("EXCLUSIVE", CaptionKind.MODIFIER), Map.entry("CHEROKEE", CaptionKind.MODIFIER),
            Map.entry("ROGER", CaptionKind.MODIFIER));

    /** Rule 8: captions known, most restrictive first, at most one channel caption. */
    static final class Captions extends NamedRule {
        Captions() {
            super("captions", Severity.WARNING);
        }

        @Override
        public void check(LintContext c, Findings out) {
            List<String> words = new ArrayList<>();
            for (String caption : c.telegram().captions()) words.addAll(Words.of(caption));
            Set<String> seen = new HashSet<>();
            List<String> channels = new ArrayList<>();
            String previous = null; // the last caption that takes part in the order
            for (String w : words) {
                Position at = c.locate().find(w, Kind.CAPTION);
                CaptionKind kind = CAPTIONS.get(w);
                if (kind == null) {
                    out.warning(at, "caption " + w + " is not a known caption (NODIS, EXDIS, LIMDIS, STADIS, SPECAT,"
                            + " NOFORN, SENSITIVE, SIPDIS…): correct its spelling or move it out of the captions");
                    continue;
                }
                if (!seen.add(w)) {
                    out.info(at, "caption " + w + " is repeated: once is enough");
                    continue;
                }
                if (kind == CaptionKind.CHANNEL) channels.add(w);
                // SIPDIS is added by the system, often first: it takes no part in the order.
                if (kind == CaptionKind.DISTRIBUTION || kind == CaptionKind.MODIFIER) continue;
                if (previous != null && CAPTIONS.get(previous).compareTo(kind) > 0) {
                    out.warning(at, "captions go most restrictive first: put " + w + " before " + previous);
                }
                previous = w;
            }
            if (channels.size() > 1) {
                out.error(c.locate().find(channels.get(1), Kind.CAPTION), "at most one channel caption, but the"
                        + " cable has " + String.join(", ", channels) + ": keep only the most restrictive");
            }
        }
    }

    /** Rule 10: at least one tag, a subject tag among them, every tag known. */
    static final class TagsRule extends NamedRule {
        TagsRule() {
            super("tags", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            List<Tag> tags = c.telegram().tags();
            if (tags.isEmpty()) {
                String msg = "no TAGS: add a TAGS line with at least one subject tag, e.g. TAGS: PREL PGOV EZ";
                if (c.envelope() == null && c.telegram().classification() == null && !c.draft()) {
                    out.warning(Position.WHOLE, msg);
                } else {
                    out.error(c.locate().find(null, Kind.TAGS, Kind.EO, Kind.CLASSIFICATION), msg);
                }
                return;
            }
            Tags catalog = c.catalogs().tags();
            boolean subject = false;
            Set<String> seen = new HashSet<>();
            for (Tag t : tags) {
                Position at = c.locate().find(t.code(), Kind.TAGS);
                String code = EnvelopeRules.nz(t.code());
                boolean known = catalog == null || t.kind() == TagKind.PERSON || catalog.isKnown(t.code());
                // The catalog guesses a kind from the shape (four letters: subject) for tags it does not list.
                TagKind kind = catalog == null || t.kind() == TagKind.PERSON ? t.kind() : catalog.kindOf(t.code());
                if (kind == TagKind.SUBJECT) subject = true;
                if (kind == TagKind.UNKNOWN) {
                    List<String> parts = catalog == null ? List.of() : catalog.splitFused(t.code());
                    out.warning(at, parts.size() > 1
                            ? "tag " + code + " is several tags run together: write " + String.join(" ", parts)
                            : "tag " + code + " is not a tag: correct its spelling or move free text to the subject");
                } else if (!known) {
                    out.info(at, "tag " + code + " is not in the TAGS catalog: check its spelling (the catalog"
                            + " holds the tags in common use, not all of 5 FAH-3)");
                } else if (t.code() != null && !seen.add(t.code() + "|" + t.person())) {
                    out.info(at, "tag " + t.code() + " is repeated: remove the second one");
                }
            }
            if (!subject) {
                out.warning(c.locate().first(Kind.TAGS), "no subject tag among the TAGS: add one that says what the"
                        + " cable is about (e.g. PREL, PGOV, ECON, PHUM)");
            }
        }
    }

    /** The old teletype width the canonical form keeps. */
    static final int MAX_LINE = 69;

    /** Rule 12: lines of at most 69 characters in the canonical form. */
    static final class LineLength extends NamedRule {
        LineLength() {
            super("line-length", Severity.WARNING);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Lines lines = c.locate().lines();
            String text = c.parsed().text();
            int count = 0;
            int longest = 0;
            int first = -1;
            for (int i = 0; i < lines.count(); i++) {
                int end = lines.end(i);
                while (end > lines.start(i) && text.charAt(end - 1) == ' ') end--; // trailing spaces are not text
                int length = end - lines.start(i);
                if (length <= MAX_LINE) continue;
                if (c.draft()) {
                    out.warning(new Position(i + 1, MAX_LINE + 1), "line is " + length + " characters long:"
                            + " wrap it at " + MAX_LINE);
                }
                count++;
                longest = Math.max(longest, length);
                if (first < 0) first = i;
            }
            // Archives join each paragraph into one line: one note per cable, not one warning per paragraph.
            if (!c.draft() && count > 0) {
                out.info(new Position(first + 1, MAX_LINE + 1), count + (count == 1 ? " line is" : " lines are")
                        + " longer than " + MAX_LINE + " characters (the longest has " + longest + "): the canonical"
                        + " writer wraps at " + MAX_LINE + "; nothing to fix in a cable as archived");
            }
        }
    }
}
