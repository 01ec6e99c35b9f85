package org.chancery.archive;

import org.chancery.archive.declass.Declassified;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
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
     * {@code id}. Portions: the subject with its own mark, then each paragraph with its mark, and any text the
     * reader kept as such; a portion with no mark takes the banner's level and controls (the banner governs what
     * it does not say otherwise). The banner is the cable's classification; a cable that states none takes the
     * highest of its portion marks, or UNCLASSIFIED when it has none.
     */
    public static IndexDocument of(String id, ParsedCable parsed, int version, long seq) {
        return of(id, parsed, CableFacts.of(parsed), version, seq);
    }

    /** The same, with the facts already derived (ingest derives them once for the store and the index). */
    public static IndexDocument of(String id, ParsedCable parsed, CableFacts facts, int version, long seq) {
        return of(id, parsed, facts, version, seq, null);
    }

    /**
     * The document of a cable that may have been declassified ({@code declassified} null: it was not). A
     * declassified cable's portions are indexed as UNCLASSIFIED with no controls, except the paragraphs a partial
     * declassification exempted, which keep their marks. A cable declassified in full reaches everyone (banner
     * UNCLASSIFIED, distributed as SIPDIS); one declassified in part keeps its banner and distribution, so that its
     * exempted paragraphs stay where they were (its released paragraphs then reach only those the cable reached
     * before: narrower than it could be, never wider).
     */
    public static IndexDocument of(String id, ParsedCable parsed, CableFacts facts, int version, long seq,
                                   Declassified declassified) {
        Telegram telegram = parsed.cable() == null ? null : parsed.cable().telegram();
        Envelope envelope = parsed.cable() == null ? null : parsed.cable().envelope();
        Level banner = facts.classification() != null ? facts.classification() : highestMark(telegram);
        List<String> caveats = facts.caveats();
        if (declassified != null && !declassified.partial()) {
            banner = Level.UNCLASSIFIED;
            caveats = List.of(SIPDIS);
        }
        boolean subjectOpen = declassified != null && !declassified.subjectExempt();

        List<Portion> portions = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> references = new ArrayList<>();
        if (telegram != null) {
            if (telegram.subject() != null && telegram.subject().text() != null) {
                portions.add(subjectOpen ? declassifiedPortion(Portion.Kind.SUBJECT, null, telegram.subject().text())
                        : portion(Portion.Kind.SUBJECT, null, telegram.subject().mark(), banner, caveats,
                        telegram.subject().text()));
            }
            for (Block block : telegram.body()) {
                boolean released = declassified != null && !declassified.exempts(block);
                switch (block) {
                    case Block.Paragraph p -> portions.add(released ? declassifiedPortion(Portion.Kind.PARAGRAPH, p.number(), p.text())
                            : portion(Portion.Kind.PARAGRAPH, p.number(), p.marking(), banner, caveats, p.text()));
                    case Block.Text t -> portions.add(released ? declassifiedPortion(Portion.Kind.TEXT, null, t.text())
                            : portion(Portion.Kind.TEXT, null, null, banner, caveats, t.text()));
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
                portions);
    }

    /** The same document for another version and seq (the store assigns them after the parse). */
    public static IndexDocument renumbered(IndexDocument d, int version, long seq) {
        return new IndexDocument(d.id(), version, seq, d.dtg(), d.origin(), d.to(), d.info(), d.banner(), d.caveats(),
                d.tags(), d.precedence(), d.references(), d.portions());
    }

    /** A declassified portion: UNCLASSIFIED, no controls. */
    private static Portion declassifiedPortion(Portion.Kind kind, Integer number, String text) {
        return new Portion(kind, number, Level.UNCLASSIFIED, List.of(), text);
    }

    private static Portion portion(Portion.Kind kind, Integer number, PortionMark mark, Level banner,
                                   List<String> caveats, String text) {
        if (mark == null || mark.level() == null) return new Portion(kind, number, banner, caveats, text);
        return new Portion(kind, number, mark.level(), mark.controls(), text);
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
