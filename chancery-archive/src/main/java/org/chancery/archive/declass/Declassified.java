package org.chancery.archive.declass;

import org.chancery.cable.CableFacts;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Telegram;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Label;
import org.chancery.security.Labels;
import org.chancery.security.ParsedLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A declassified version of a cable. The stored version keeps its markings exactly as written; this record is what
 * makes it readable at UNCLASSIFIED, except for the paragraphs (and subject) a partial declassification exempted,
 * which stay at their marks. It governs {@code version} only: a newer version is read at its own markings until it
 * is declassified itself.
 *
 * @param on                the date the declassification takes effect (the E.O. date, DTG + 25 years, the
 *                          reviewer's decision, or the extended date)
 * @param authority         what it was declassified under: {@code E.O. 12958, DECL: 10/01/2011}
 * @param exemptParagraphs  paragraph numbers withheld by a partial declassification; empty for a full one
 * @param subjectExempt     whether the subject is withheld too
 */
public record Declassified(String cableId, int version, LocalDate on, String authority, Basis basis,
                           SortedSet<Integer> exemptParagraphs, boolean subjectExempt, String decidedBy,
                           Instant recordedAt) {

    public Declassified {
        exemptParagraphs = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(exemptParagraphs));
    }

    public boolean partial() {
        return !exemptParagraphs.isEmpty() || subjectExempt;
    }

    /** The banner every rendering of the cable shows above it. */
    public String banner() {
        StringBuilder b = new StringBuilder(partial() ? "DECLASSIFIED IN PART on " : "DECLASSIFIED on ")
                .append(on).append(" under ").append(authority);
        if (partial()) b.append("; exempted and withheld: ").append(exempted());
        b.append(". Original markings kept as written.");
        return b.toString();
    }

    /** What a partial declassification exempted, as the banner says it: {@code subject, paragraphs 2, 3}. */
    public String exempted() {
        List<String> parts = new ArrayList<>();
        if (subjectExempt) parts.add("subject");
        if (!exemptParagraphs.isEmpty()) {
            parts.add((exemptParagraphs.size() == 1 ? "paragraph " : "paragraphs ")
                    + String.join(", ", exemptParagraphs.stream().map(String::valueOf).toList()));
        }
        return String.join(", ", parts);
    }

    /** Whether this block of the body stays at its marking. */
    public boolean exempts(Block block) {
        return block instanceof Block.Paragraph p && p.number() != null && exemptParagraphs.contains(p.number());
    }

    /**
     * The labels that govern reading the cable now: UNCLASSIFIED with no controls and no distribution limit for
     * every part, except the exempted paragraphs (and subject), which keep the labels of their markings; the
     * governing banner is the join of them all. Pass these to {@code Redactor.redact} and to the access gate in
     * place of {@code Labels.effective}.
     */
    public EffectiveLabels labels(Cable cable, CableFacts facts) {
        EffectiveLabels original = Labels.effective(cable, facts);
        ParsedLabel open = ParsedLabel.of(Label.of(Level.UNCLASSIFIED));
        Telegram tg = cable == null ? null : cable.telegram();
        List<Block> body = tg == null ? List.of() : tg.body();
        ParsedLabel governing = open;
        List<ParsedLabel> blocks = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            if (exempts(body.get(i))) {
                ParsedLabel own = original.blocks().get(i);
                blocks.add(own);
                governing = join(governing, own);
            } else {
                blocks.add(open);
            }
        }
        ParsedLabel subject = null;
        if (tg != null && tg.subject() != null) {
            subject = subjectExempt ? original.subject() : open;
            governing = join(governing, subject);
        }
        List<String> findings = new ArrayList<>(original.findings());
        findings.add(banner());
        return new EffectiveLabels(governing, null, governing, subject, blocks, findings);
    }

    private static ParsedLabel join(ParsedLabel a, ParsedLabel b) {
        if (a instanceof ParsedLabel.Malformed) return a;
        if (b instanceof ParsedLabel.Malformed) return b;
        return ParsedLabel.of(a.labelOrNull().join(b.labelOrNull()));
    }
}
