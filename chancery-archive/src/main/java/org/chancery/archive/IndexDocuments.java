package org.chancery.archive;

import org.chancery.archive.declass.CurrentLabels;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.archive.index.LabelClass;
import org.chancery.archive.secure.IndexLabels;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Label;
import org.chancery.security.Labels;
import org.chancery.security.ParsedLabel;
import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Makes the {@link IndexDocument} of a parsed cable: its facets, and its text cut into marked portions. */
public final class IndexDocuments {

    private static final String SIPDIS = "SIPDIS";

    private IndexDocuments() {
    }

    /**
     * The document of version {@code version} (stored under change {@code seq}) of a cable whose id is
     * {@code id}. Portions: the subject, then each paragraph, and any text the reader kept as such, each with
     * the label class of its effective label ({@link Labels#effective}: a marked portion its own mark with the
     * cable's document-wide controls; an unmarked one the governing banner, the stricter of the written banner
     * and the roll-up of the marks; for a declassified cable those of its declassification, see
     * {@link CurrentLabels}), so that the index, the gate and the redactor decide alike. The governing banner's
     * class and the cable's distribution as the security module reads them go with the document. A cable whose
     * markings are malformed has every portion in a class nobody may read. The banner level shown is the
     * governing one; a cable that states no classification takes the highest of its portion marks, or
     * UNCLASSIFIED when it has none (and its text is unreadable to everyone but an unrestricted search).
     */
    public static IndexDocument of(String id, ParsedCable parsed, int version, long seq) {
        return of(id, parsed, CableFacts.of(parsed), version, seq);
    }

    /** The same, with the facts already derived (ingest derives them once for the store and the index). */
    public static IndexDocument of(String id, ParsedCable parsed, CableFacts facts, int version, long seq) {
        return of(id, parsed, facts, version, seq, null);
    }

    /**
     * The document of a cable that may have been declassified ({@code declassified} null: it was not), labelled
     * with {@link Declassified#labels}: its portions UNCLASSIFIED with no controls, except the paragraphs (and
     * subject) a partial declassification exempted, which keep their labels. A cable declassified in full reaches
     * everyone (governing banner UNCLASSIFIED, distributed as SIPDIS); one declassified in part is governed by the
     * join of its exempted portions, whose labels carry the cable's distribution, so the cable stays where it was
     * (its released paragraphs then reach, in search, only those the cable reached before: narrower than the gate,
     * never wider).
     */
    public static IndexDocument of(String id, ParsedCable parsed, CableFacts facts, int version, long seq,
                                   Declassified declassified) {
        Telegram telegram = parsed.cable() == null ? null : parsed.cable().telegram();
        Envelope envelope = parsed.cable() == null ? null : parsed.cable().envelope();
        EffectiveLabels labels = CurrentLabels.of(parsed.cable(), facts, declassified);
        Label governing = labels.governing().labelOrNull();
        Level banner = governing != null ? governing.level()
                : facts.classification() != null ? facts.classification() : highestMark(telegram);
        // the caveats facet of a cable declassified in full no longer names the controls of its markings
        List<String> caveats = declassified != null && !declassified.partial() ? List.of(SIPDIS) : facts.caveats();

        List<Portion> portions = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> references = new ArrayList<>();
        if (telegram != null) {
            if (telegram.subject() != null && telegram.subject().text() != null) {
                portions.add(portion(Portion.Kind.SUBJECT, null, labels.subject(), telegram.subject().text()));
            }
            List<Block> body = telegram.body();
            for (int i = 0; i < body.size(); i++) {
                ParsedLabel label = labels.blocks().get(i);
                switch (body.get(i)) {
                    case Block.Paragraph p -> portions.add(portion(Portion.Kind.PARAGRAPH, p.number(), label, p.text()));
                    case Block.Text t -> portions.add(portion(Portion.Kind.TEXT, null, label, t.text()));
                    case Block.PageMarker ignored -> {
                        // Transmission furniture, not content.
                    }
                }
            }
            for (Tag tag : telegram.tags()) tags.add(tag.code());
            for (Reference r : telegram.references()) {
                if (r.id() != null && !references.contains(r.id())) references.add(r.id());
            }
        }
        Instant dtg = facts.dtg() == null ? null : facts.dtg().toZonedDateTime().toInstant();
        return new IndexDocument(id, version, seq, dtg, facts.origin(),
                plads(envelope == null ? List.of() : envelope.to()),
                plads(envelope == null ? List.of() : envelope.info()),
                banner, caveats, tags, facts.precedence() == null ? null : facts.precedence().word(), references,
                portions, IndexLabels.classOf(labels.governing()), IndexLabels.distributionKeys(labels.governing()));
    }

    /** The same document for another version and seq (the store assigns them after the parse). */
    public static IndexDocument renumbered(IndexDocument d, int version, long seq) {
        return new IndexDocument(d.id(), version, seq, d.dtg(), d.origin(), d.to(), d.info(), d.banner(), d.caveats(),
                d.tags(), d.precedence(), d.references(), d.portions(), d.governing(), d.distribution());
    }

    private static Portion portion(Portion.Kind kind, Integer number, ParsedLabel label, String text) {
        LabelClass c = IndexLabels.classOf(label);
        return new Portion(kind, number, c.level(), c.controls(), text);
    }

    private static Level highestMark(Telegram telegram) {
        Level highest = null;
        if (telegram != null) {
            if (telegram.subject() != null && telegram.subject().mark() != null) {
                highest = Level.max(highest, telegram.subject().mark().level());
            }
            for (Block.Paragraph p : telegram.paragraphs()) {
                if (p.marking() != null) highest = Level.max(highest, p.marking().level());
            }
        }
        return highest == null ? Level.UNCLASSIFIED : highest;
    }

    private static List<String> plads(List<Address> addresses) {
        List<String> out = new ArrayList<>(addresses.size());
        for (Address a : addresses) {
            if (a.plad() != null) out.add(a.plad());
        }
        return out;
    }
}
