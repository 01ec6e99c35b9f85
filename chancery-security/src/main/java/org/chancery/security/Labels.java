package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Telegram;
import org.chancery.cable.read.Catalogs;
import org.chancery.cable.read.PortionMarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Labels from markings: a portion mark, the banner and captions of a cable, and the effective labels of a whole
 * cable (written banner, roll-up, the governing banner and one label per portion). The canonical text form is
 * {@link LabelText}.
 */
public final class Labels {

    private Labels() {
    }

    /** The label of a canonical label text. */
    public static ParsedLabel parse(String text) {
        return LabelText.parse(text);
    }

    /** The label of a portion mark as written without parentheses ({@code S//NF}, {@code C/REL TO USA, GBR}). */
    public static ParsedLabel ofPortionMark(String mark) {
        PortionMark m = mark == null ? null : PortionMarks.parse(mark);
        if (m == null) return ParsedLabel.malformed(mark, "not a portion mark");
        return ofPortionMark(m);
    }

    /**
     * The label of a portion mark: its level and controls (FOUO and SBU make it SBU at least; NOFORN, NODIS,
     * EXDIS, LIMDIS, ORCON, PROPIN are controls; REL TO its countries). No distribution: that is the cable's.
     * Only a mark without a level or with a control unknown here is malformed. REL TO is read as cables write
     * it: USA implied, words that are not country codes dropped (see {@link #effective(Cable, CableFacts)}).
     */
    public static ParsedLabel ofPortionMark(PortionMark mark) {
        return ofPortionMark(mark, new ArrayList<>());
    }

    /**
     * The label of a portion mark, noting in {@code findings} what was read with care. Cables write REL TO
     * loosely ({@code S/REL NATO}, {@code C/REL NATO and AUS}, {@code S/REL South Korea}): the United States is
     * always implied (a US cable is releasable to its own nationals), a country written other than as a code is
     * dropped — the portion is then not releasable to it, which is stricter than the mark, never looser — and
     * noted.
     */
    static ParsedLabel ofPortionMark(PortionMark mark, List<String> findings) {
        if (mark == null) return ParsedLabel.malformed(null, "no portion mark");
        String text = mark.text();
        if (mark.level() == null) return ParsedLabel.malformed(text, "portion mark without a level");
        Level level = mark.level();
        EnumSet<Control> controls = EnumSet.noneOf(Control.class);
        List<String> relTo = List.of();
        for (String c : mark.controls()) {
            if (c.equals("FOUO") || c.equals("SBU")) {
                level = Level.max(level, Level.SBU);
            } else if (c.equals("REL TO") || c.startsWith("REL TO ")) {
                relTo = countries(c.substring(6), text, findings);
            } else {
                Control control = Control.ofWord(c);
                if (control == null) return ParsedLabel.malformed(text, "unknown control '" + c + "' in the portion mark");
                controls.add(control);
            }
        }
        return ParsedLabel.of(Label.of(level, controls, relTo, Distribution.UNRESTRICTED));
    }

    /** The countries of a portion mark's REL TO, USA first; words that are not codes dropped and noted. */
    private static List<String> countries(String list, String mark, List<String> findings) {
        List<String> out = new ArrayList<>();
        out.add(Label.USA);
        for (String item : list.toUpperCase(Locale.ROOT).replace(" AND ", ",").split(",")) {
            String code = item.strip();
            if (code.isEmpty()) continue;
            if (Label.isCountryCode(code)) {
                if (!out.contains(code)) out.add(code);
            } else {
                findings.add("portion mark (" + mark + "): '" + code + "' is not a country code; the portion is not"
                        + " releasable to it");
            }
        }
        return out;
    }

    /** The banner as written on a parsed cable: its classification, captions and distribution. */
    public static ParsedLabel ofCable(ParsedCable parsed) {
        return ofCable(parsed.cable(), CableFacts.of(parsed));
    }

    /**
     * The banner as written: the level of the facts (classification line, else FL4, SBU with the SENSITIVE
     * caption), the controls of the captions and of the classification line, and the distribution (SIPDIS, else
     * originator, addressees and the offices of passing lines). A cable that gives no level at all is malformed:
     * it is never taken for unclassified.
     */
    public static ParsedLabel ofCable(Cable cable, CableFacts facts) {
        Level level = facts == null ? null : facts.classification();
        if (level == null) return ParsedLabel.malformed(null, "the cable gives no classification");
        Telegram tg = cable == null ? null : cable.telegram();
        EnumSet<Control> controls = EnumSet.noneOf(Control.class);
        boolean sipdis = false;
        if (tg != null) {
            for (String caption : tg.captions()) {
                switch (caption) {
                    case "SIPDIS" -> sipdis = true;
                    case "SENSITIVE" -> level = Level.max(level, Level.SBU);
                    // SPECAT EXCLUSIVE is the NODIS of special categories; CHEROKEE and ROGER are restricted
                    // channels of NODIS standing: fail closed and ask for NODIS
                    case "SPECAT EXCLUSIVE" -> controls.addAll(List.of(Control.SPECAT, Control.NODIS));
                    case "CHEROKEE", "ROGER" -> controls.add(Control.NODIS);
                    default -> {
                        Control c = Control.ofWord(caption);
                        if (c != null) controls.add(c);
                    }
                }
            }
            if (tg.classification() != null) {
                for (String q : tg.classification().qualifiers()) {
                    if (q.toUpperCase(Locale.ROOT).contains("NOFORN")) controls.add(Control.NOFORN);
                }
            }
        }
        Distribution distribution = sipdis ? Distribution.SIPDIS : new Distribution.Limited(recipients(cable));
        return ParsedLabel.of(Label.of(level, controls, List.of(), distribution));
    }

    /** The posts and offices a non-SIPDIS cable went to: originator, action and info addressees, passing lines. */
    static List<String> recipients(Cable cable) {
        List<String> out = new ArrayList<>();
        if (cable == null) return out;
        Envelope env = cable.envelope();
        Telegram tg = cable.telegram();
        if (tg != null && tg.classification() != null && tg.classification().post() != null) {
            add(out, Catalogs.idPrefix(tg.classification().post()));
        }
        if (env != null) {
            if (env.from() != null) add(out, post(env.from()));
            for (Address a : env.to()) add(out, post(a));
            for (Address a : env.info()) add(out, post(a));
        }
        if (tg != null) {
            for (String line : tg.passing()) {
                int at = line.toUpperCase(Locale.ROOT).indexOf(" FOR ");
                if (at < 0) continue;
                for (String office : line.substring(at + 5).split("[,;]| AND ")) add(out, office);
            }
        }
        return out;
    }

    private static String post(Address a) {
        if (a.plad() == null) return null;
        String post = Catalogs.postByPlad(a.plad());
        return post != null ? post : a.plad();
    }

    private static void add(List<String> out, String s) {
        String key = Distribution.key(s);
        if (key != null && !out.contains(key)) out.add(key);
    }

    /** The effective labels of a parsed cable. */
    public static EffectiveLabels effective(ParsedCable parsed) {
        return effective(parsed.cable(), CableFacts.of(parsed));
    }

    /**
     * The effective labels: the written banner, the roll-up of the portion marks, the governing banner (the
     * stricter of the two), and each portion's label. When every portion is marked yet the written banner is
     * stricter than their roll-up, the marks are evidently incomplete and no portion can be trusted to be below
     * the banner: every portion then takes the governing banner.
     */
    public static EffectiveLabels effective(Cable cable, CableFacts facts) {
        List<String> findings = new ArrayList<>();
        ParsedLabel written = ofCable(cable, facts);
        Telegram tg = cable == null ? null : cable.telegram();
        List<Block> body = tg == null ? List.of() : tg.body();

        // the portions' own labels, in order: subject first (when there is one), then each paragraph
        ParsedLabel subjectOwn = tg != null && tg.subject() != null && tg.subject().mark() != null
                ? ofPortionMark(tg.subject().mark(), findings) : null;
        List<ParsedLabel> own = new ArrayList<>(body.size());
        boolean allMarked = tg == null || tg.subject() == null || subjectOwn != null;
        for (Block b : body) {
            if (b instanceof Block.Paragraph p) {
                own.add(p.marking() == null ? null : ofPortionMark(p.marking(), findings));
                if (p.marking() == null) allMarked = false;
            } else {
                own.add(null);
            }
        }

        Label rollUp = null;
        String malformed = written instanceof ParsedLabel.Malformed m ? "banner: " + m.error() : null;
        List<ParsedLabel> marked = new ArrayList<>(own.size() + 1);
        if (subjectOwn != null) marked.add(subjectOwn);
        for (ParsedLabel l : own) if (l != null) marked.add(l);
        for (ParsedLabel l : marked) {
            switch (l) {
                case ParsedLabel.Valid v -> rollUp = rollUp == null ? v.label() : rollUp.join(v.label());
                case ParsedLabel.Malformed m -> {
                    if (malformed == null) malformed = "portion mark (" + m.text() + "): " + m.error();
                }
            }
        }
        if (malformed != null) {
            findings.add("malformed marking, " + malformed + ": nothing of the cable may be read until it is fixed");
            ParsedLabel bad = ParsedLabel.malformed(written instanceof ParsedLabel.Malformed m ? m.text()
                    : String.valueOf(written.labelOrNull()), malformed);
            List<ParsedLabel> blocks = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) blocks.add(bad);
            return new EffectiveLabels(written, rollUp, bad, tg != null && tg.subject() != null ? bad : null, blocks,
                    findings);
        }

        Label banner = written.labelOrNull();
        Label governing = rollUp == null ? banner : banner.join(rollUp);
        boolean distrust = false;
        if (rollUp != null) {
            Label portionsPart = banner.withDistribution(Distribution.UNRESTRICTED);
            String w = banner.withDistribution(Distribution.UNRESTRICTED).toString();
            Label rollUpWithWide = rollUp.join(banner.documentWideOnly());
            if (!rollUpWithWide.equals(portionsPart)) {
                findings.add("banner " + w + " differs from the roll-up of its portion marks " + rollUp
                        + ": the stricter governs, " + governing);
            }
            distrust = allMarked && !rollUpWithWide.dominates(portionsPart);
            if (distrust) {
                findings.add("every portion is marked, yet the banner is stricter than all of them: the marks are"
                        + " incomplete, so every portion takes the governing banner " + governing);
            }
        }

        Label wide = governing.documentWideOnly();
        ParsedLabel gov = ParsedLabel.of(governing);
        List<ParsedLabel> blocks = new ArrayList<>(body.size());
        for (ParsedLabel l : own) blocks.add(l == null || distrust ? gov : portion(l.labelOrNull(), wide, governing));
        ParsedLabel subject = tg == null || tg.subject() == null ? null
                : subjectOwn == null || distrust ? gov : portion(subjectOwn.labelOrNull(), wide, governing);
        return new EffectiveLabels(written, rollUp, gov, subject, blocks, findings);
    }

    /** A marked portion: its own mark, with the cable's document-wide controls and distribution. */
    private static ParsedLabel portion(Label own, Label wide, Label governing) {
        return ParsedLabel.of(own.join(wide).withDistribution(governing.distribution()));
    }
}
