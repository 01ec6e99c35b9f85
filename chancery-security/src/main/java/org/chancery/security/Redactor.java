package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Redaction, in one place, before any rendering: every path that shows a cable to a principal (reading, search
 * hits and snippets, exports, references) goes through {@link #redact} and renders only the
 * {@link RedactedCable} it returns.
 *
 * <p>Under {@link Policy#DOCUMENT} the cable is whole or absent. Under {@link Policy#PORTION}:
 * <ul>
 *   <li>a paragraph the principal may not read becomes a marker, {@code (S) [withheld: 2-5 lines]}, keeping
 *       its mark (an unmarked one shows the governing banner's mark); kept text becomes {@code [withheld: …]};
 *       page markers are dropped;</li>
 *   <li>the subject is withheld ({@code [withheld]}) when its own label — or the banner's, if unmarked — is not
 *       readable;</li>
 *   <li>what is unmarked free text of the heading takes the governing banner: passing lines, TAGS, references,
 *       the classification authority and the signers are removed when the banner is not readable; the
 *       envelope, classification line, captions and E.O. line are markings and stay, as on a released
 *       document;</li>
 *   <li>summary and comment of the facts come from the redacted paragraphs only;</li>
 *   <li>a cable with no readable subject, paragraph or text does not exist for the principal.</li>
 * </ul>
 */
public final class Redactor {

    /** Characters of a line of the canonical form, to tell a withheld paragraph's length class. */
    private static final int LINE = 69;

    private Redactor() {
    }

    public static Optional<RedactedCable> redact(Principal principal, ParsedCable parsed, Policy policy) {
        return redact(principal, parsed.name(), parsed.cable(), CableFacts.of(parsed), policy);
    }

    /**
     * Redacts a cable for a principal; empty when the cable does not exist for them.
     *
     * @param facts the facts of the unredacted cable ({@link CableFacts#of}); their summary and comment are
     *              replaced by those of the redacted cable
     */
    public static Optional<RedactedCable> redact(Principal principal, String name, Cable cable, CableFacts facts,
                                                 Policy policy) {
        return redact(principal, name, cable, facts, Labels.effective(cable, facts), policy);
    }

    /**
     * The same, with the labels given: those of the markings ({@link Labels#effective}), or labels that have
     * changed since the cable was written (a declassified cable is read at UNCLASSIFIED, its exempted
     * paragraphs at their marks). {@code labels} must be labels of this cable (one per block of its body).
     */
    public static Optional<RedactedCable> redact(Principal principal, String name, Cable cable, CableFacts facts,
                                                 EffectiveLabels labels, Policy policy) {
        Decision banner = AccessDecider.decide(principal, labels.governing());
        Label bannerLabel = labels.governing().labelOrNull();
        Label shown = bannerLabel == null ? null : shown(bannerLabel, principal);
        // whoever may read the governing banner may read every portion (it dominates them all): whole, either policy
        if (banner.allowed()) {
            return Optional.of(new RedactedCable(name, cable, facts, policy, shown, List.of()));
        }
        if (policy == Policy.DOCUMENT || cable == null || cable.telegram() == null) return Optional.empty();

        Telegram tg = cable.telegram();
        List<Withheld> withheld = new ArrayList<>();
        boolean readable = false;

        Subject subject = tg.subject();
        if (subject != null) {
            Decision d = AccessDecider.decide(principal, labels.subject());
            if (d.allowed()) {
                readable = true;
            } else {
                PortionMark m = subject.mark() != null ? subject.mark() : mark(bannerLabel);
                withheld.add(new Withheld(Withheld.Part.SUBJECT, -1, text(m), d));
                subject = new Subject(m, "[withheld]");
            }
        }

        List<Block> body = new ArrayList<>(tg.body().size());
        for (int i = 0; i < tg.body().size(); i++) {
            Block b = tg.body().get(i);
            ParsedLabel label = labels.blocks().get(i);
            Decision d = AccessDecider.decide(principal, label);
            if (d.allowed()) {
                body.add(b);
                if (!(b instanceof Block.PageMarker)) readable = true;
                continue;
            }
            switch (b) {
                case Block.Paragraph p -> {
                    PortionMark m = p.marking() != null ? p.marking() : mark(bannerLabel);
                    withheld.add(new Withheld(Withheld.Part.PARAGRAPH, i, text(m), d));
                    body.add(new Block.Paragraph(p.number(), m, marker(p.text())));
                }
                case Block.Text t -> {
                    withheld.add(new Withheld(Withheld.Part.TEXT, i, text(mark(bannerLabel)), d));
                    body.add(new Block.Text(marker(t.text())));
                }
                case Block.PageMarker m ->
                        withheld.add(new Withheld(Withheld.Part.PAGE_MARKER, i, text(mark(bannerLabel)), d));
            }
        }
        if (!readable) return Optional.empty();

        List<String> passing = tg.passing();
        List<Tag> tags = tg.tags();
        List<Reference> references = tg.references();
        ClassifiedBy classifiedBy = tg.classifiedBy();
        List<String> signers = tg.signers();
        if (!banner.allowed()) {
            if (!passing.isEmpty()) withheld.add(new Withheld(Withheld.Part.PASSING, -1, null, banner));
            if (!tags.isEmpty()) withheld.add(new Withheld(Withheld.Part.TAGS, -1, null, banner));
            if (!references.isEmpty()) withheld.add(new Withheld(Withheld.Part.REFERENCES, -1, null, banner));
            if (classifiedBy != null) withheld.add(new Withheld(Withheld.Part.CLASSIFIED_BY, -1, null, banner));
            if (!signers.isEmpty()) withheld.add(new Withheld(Withheld.Part.SIGNERS, -1, null, banner));
            passing = List.of();
            tags = List.of();
            references = List.of();
            classifiedBy = null;
            signers = List.of();
        }
        if (withheld.isEmpty()) {
            return Optional.of(new RedactedCable(name, cable, facts, policy, shown, List.of()));
        }
        Cable redacted = new Cable(cable.envelope(), new Telegram(tg.classification(), tg.captions(), passing, tg.eo(),
                tags, subject, references, classifiedBy, body, signers));
        return Optional.of(new RedactedCable(name, redacted, factsOf(name, redacted, facts), policy, shown,
                withheld));
    }

    /**
     * The banner as shown to a principal: a limited distribution names only the principal's own posts and
     * offices among the recipients (the others come partly from passing lines, which may be withheld; the
     * addressees are in the envelope anyway).
     */
    static Label shown(Label banner, Principal principal) {
        if (!(banner.distribution() instanceof Distribution.Limited limited)) return banner;
        List<String> mine = new ArrayList<>();
        for (String r : limited.to()) if (principal.memberships().contains(r)) mine.add(r);
        return banner.withDistribution(new Distribution.Limited(mine));
    }

    private static String text(PortionMark m) {
        return m == null ? null : m.text();
    }

    /** The facts of the original with summary and comment taken again, from the redacted cable. */
    private static CableFacts factsOf(String name, Cable redacted, CableFacts original) {
        // a cable without its text: nothing but the redacted model can reach the derivation
        CableFacts derived = CableFacts.of(new ParsedCable(name, SourceFormat.TEXT, Source.of(""), "", redacted,
                List.of(), List.of()));
        if (original == null) return derived;
        return new CableFacts(original.id(), original.classification(), original.caveats(), original.dtg(),
                original.precedence(), original.origin(), derived.summary(), derived.comment());
    }

    /** {@code [withheld: 2-5 lines]}: the length class of a withheld text, in lines of the canonical form. */
    static String marker(String text) {
        int lines = Math.max(1, ((text == null ? 0 : text.length()) + LINE - 1) / LINE);
        String size = lines == 1 ? "1 line" : lines <= 5 ? "2-5 lines" : lines <= 20 ? "6-20 lines" : "over 20 lines";
        return "[withheld: " + size + "]";
    }

    /** The portion mark of the governing banner, for the marker of an unmarked portion; null when malformed. */
    static PortionMark mark(Label label) {
        if (label == null) return null;
        List<String> controls = new ArrayList<>();
        for (Control c : label.controls()) controls.add(c.name());
        if (!label.relTo().isEmpty()) controls.add("REL TO " + String.join(", ", label.relTo()));
        StringBuilder text = new StringBuilder(label.level().portionMark());
        for (String c : controls) text.append("//").append(c.equals("NOFORN") ? "NF" : c);
        return new PortionMark(label.level(), controls, text.toString());
    }
}
