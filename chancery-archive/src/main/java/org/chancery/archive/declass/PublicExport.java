package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.store.StoredVersion;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Dtg;
import org.chancery.security.AccessDecider;
import org.chancery.security.Distribution;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.ParsedLabel;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The public release of the archive ({@code chancery export --public}): every cable the public may read, and a
 * withdrawal card for every other one, as public archives do.
 *
 * <ul>
 *   <li><b>Released</b>: a cable whose current version has been declassified, rendered under its declassification banner with its original
 *       markings; one declassified in part has its exempted paragraphs (and subject) withheld as markers, by the
 *       {@link Redactor} for the public principal; an unclassified cable the public principal may read
 *       whole (UNCLASSIFIED, SIPDIS, no control).</li>
 *   <li><b>Withdrawn</b>: everything else, still classified or SBU, or limited by a control or distribution.
 *       Its card gives id, date, origin, and the subject only when the subject's own mark is releasable.</li>
 * </ul>
 *
 * A cable that is classified and not declassified is withdrawn whole even when some of its portions are marked
 * (U): releasing parts of a classified document takes a review, which is what a partial declassification is.
 */
public final class PublicExport {

    /** The public: UNCLASSIFIED, no nationality, on no list, member of nothing. */
    public static final Principal PUBLIC = new Principal("public", org.chancery.cable.model.Level.UNCLASSIFIED,
            Set.of(), Set.of(), Set.of(), Set.of());

    /** Starts every entry, followed by the cable id (and, for a card, {@code WITHDRAWN}). */
    public static final String ENTRY = "=== ";

    private static final int PAGE = 1_000;

    /** How many cables went each way. */
    public record Summary(int released, int releasedInPart, int withdrawn) {
    }

    private PublicExport() {
    }

    /**
     * Writes the public release of the archive to {@code out}, cables in id order, and records the export in
     * the audit log as done by {@code user}.
     */
    public static Summary write(Archive archive, Writer out, String user, Clock clock) {
        int released = 0;
        int inPart = 0;
        int withdrawn = 0;
        List<String> ids = archive.declassifications().currentIds();
        try {
            for (int from = 0; from < ids.size(); from += PAGE) {
                List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
                var declassified = archive.declassifications().declassifications(page);
                for (String id : page) {
                    StoredVersion v = archive.store().current(id).orElse(null);
                    if (v == null) continue;
                    // the current version under its own declassification only
                    Entry e = entry(id, v.parse(), CurrentLabels.governing(declassified.get(id), v.info().version()));
                    out.write(e.text());
                    if (e.withdrawn()) withdrawn++;
                    else if (e.partial()) inPart++;
                    else released++;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Summary summary = new Summary(released, inPart, withdrawn);
        archive.audit().append(new AuditEvent(clock.instant(), user, "export", "public", true,
                String.format(Locale.ROOT, "public export: %d released, %d released in part, %d withdrawn",
                        released, inPart, withdrawn)));
        return summary;
    }

    private record Entry(String text, boolean withdrawn, boolean partial) {
    }

    /** The entry of one cable: its release, or its withdrawal card. */
    static Entry entry(String id, ParsedCable parsed, Declassified declassified) {
        Cable cable = parsed.cable();
        CableFacts facts = CableFacts.of(parsed);
        EffectiveLabels labels = withheldIfExempt(CurrentLabels.of(cable, facts, declassified), cable, declassified);
        Optional<RedactedCable> redacted = Optional.empty();
        if (declassified != null) {
            redacted = Redactor.redact(PUBLIC, parsed.name(), cable, facts, labels, Policy.PORTION);
        } else if (labels.governing() instanceof ParsedLabel.Valid valid && !valid.label().level().isClassified()) {
            redacted = Redactor.redact(PUBLIC, parsed.name(), cable, facts, labels, Policy.DOCUMENT);
        }
        if (redacted.isPresent() && redacted.get().cable() != null) {
            StringBuilder b = new StringBuilder(ENTRY).append(id).append('\n');
            if (declassified != null) b.append(declassified.banner()).append("\n\n");
            b.append(Cables.write(redacted.get().cable()));
            if (b.charAt(b.length() - 1) != '\n') b.append('\n');
            b.append('\n');
            return new Entry(b.toString(), false, !redacted.get().isComplete());
        }
        return new Entry(card(id, cable, facts, labels, declassified != null), true, false);
    }

    /**
     * The labels the release reads a cable under: what a review exempted reaches no one (its label takes the empty
     * distribution, {@code DIST NONE}), whatever its mark. A reviewer who exempts a paragraph marked (U) of a
     * SIPDIS cable means it to be withheld, as the banner says, though its mark alone would let the public read
     * it; and the banner, now above the public, withholds the heading's free text with it.
     */
    private static EffectiveLabels withheldIfExempt(EffectiveLabels labels, Cable cable, Declassified declassified) {
        if (declassified == null || !declassified.partial() || cable == null || cable.telegram() == null) return labels;
        List<ParsedLabel> blocks = new ArrayList<>(labels.blocks());
        ParsedLabel governing = labels.governing();
        for (int i = 0; i < blocks.size(); i++) {
            if (declassified.exempts(cable.telegram().body().get(i))) {
                blocks.set(i, toNoOne(blocks.get(i)));
                governing = join(governing, blocks.get(i));
            }
        }
        ParsedLabel subject = labels.subject();
        if (declassified.subjectExempt() && subject != null) {
            subject = toNoOne(subject);
            governing = join(governing, subject);
        }
        return new EffectiveLabels(labels.written(), labels.rollUp(), governing, subject, blocks, labels.findings());
    }

    private static ParsedLabel toNoOne(ParsedLabel label) {
        return label.labelOrNull() == null ? label
                : ParsedLabel.of(label.labelOrNull().withDistribution(new Distribution.Limited(List.of())));
    }

    private static ParsedLabel join(ParsedLabel a, ParsedLabel b) {
        if (a.labelOrNull() == null) return a;
        if (b.labelOrNull() == null) return b;
        return ParsedLabel.of(a.labelOrNull().join(b.labelOrNull()));
    }

    /** A withdrawal card: id, date, origin, the subject when its own mark is releasable, and why. */
    static String card(String id, Cable cable, CableFacts facts, EffectiveLabels labels, boolean declassifiedInPart) {
        String subject = "[withheld]";
        if (cable != null && cable.telegram() != null && cable.telegram().subject() != null
                && labels.subject() != null && AccessDecider.decide(PUBLIC, labels.subject()).allowed()) {
            subject = cable.telegram().subject().text();
        }
        boolean classified = labels.governing() instanceof ParsedLabel.Valid v && v.label().level().isClassified();
        String reason = declassifiedInPart ? "declassified in part, nothing releasable"
                : classified || labels.governing() instanceof ParsedLabel.Malformed
                ? "classified national security information" : "controlled or limited distribution";
        return ENTRY + id + " WITHDRAWN\n"
                + "Withdrawal card\n"
                + "Id:      " + id + '\n'
                + "Date:    " + date(facts.dtg()) + '\n'
                + "Origin:  " + (facts.origin() == null ? "[unknown]" : facts.origin()) + '\n'
                + "Subject: " + subject + '\n'
                + "Reason:  " + reason + "\n\n";
    }

    private static String date(Dtg dtg) {
        return dtg == null ? "[unknown]" : dtg.toZonedDateTime().toLocalDate().toString();
    }
}
