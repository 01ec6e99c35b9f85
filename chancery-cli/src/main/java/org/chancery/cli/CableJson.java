package org.chancery.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;
import org.chancery.cable.catalog.Post;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a parsed cable (documented field by field in docs/json.md). Written with a streaming
 * {@link JsonGenerator}, field by field, rather than by data binding: the schema is a projection of the model,
 * not its shape, and the streaming writer costs no reflection per cable. Field names and order are fixed here;
 * absent values are {@code null}, absent lists {@code []}.
 */
final class CableJson {

    /** Thread-safe and meant to be shared; each cable gets its own cheap generator. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final Posts POSTS = Posts.builtIn();

    /**
     * One growing buffer per thread for {@link #lineBytes}: a cable's JSON is written straight as UTF-8 into it,
     * so that a run over thousands of cables neither builds a {@code String} per cable nor encodes it again on the
     * writing thread.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(1 << 16));

    private CableJson() {
    }

    /** One cable as one line of JSON, without the line break (for JSON Lines). */
    static String line(ParsedCable parsed) {
        SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                write(parsed, CableFacts.of(parsed), g);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string writer does not fail
        }
    }

    /** One cable as one line of JSON in UTF-8, with the line break: the same bytes as {@link #line} + "\n". */
    static byte[] lineBytes(ParsedCable parsed) {
        ByteArrayOutputStream out = BUFFERS.get();
        out.reset();
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                write(parsed, CableFacts.of(parsed), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    static void write(ParsedCable parsed, CableFacts facts, JsonGenerator g) throws IOException {
        Envelope envelope = parsed.cable().envelope();
        Telegram telegram = parsed.cable().telegram();
        ClassificationLine banner = telegram.classification();

        g.writeStartObject();
        g.writeStringField("source", parsed.name());
        g.writeStringField("format", parsed.format().name().toLowerCase(Locale.ROOT));
        g.writeStringField("id", facts.id());
        g.writeStringField("classification", word(facts.classification()));
        strings(g, "caveats", facts.caveats());
        g.writeStringField("dtg", facts.dtg() == null ? null : facts.dtg().toZonedDateTime().toInstant().toString());
        g.writeStringField("precedence", word(facts.precedence()));
        g.writeStringField("origin", facts.origin());

        g.writeFieldName("from");
        Address from = envelope == null ? null : envelope.from();
        if (from == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("ri", originatorRi(envelope));
            g.writeStringField("name", from.plad());
            g.writeEndObject();
        }
        addresses(g, "to", envelope == null ? List.of() : envelope.to());
        addresses(g, "info", envelope == null ? List.of() : envelope.info());
        strings(g, "exclusions", envelope == null ? List.of() : envelope.exclusions());
        transmission(g, envelope);

        g.writeFieldName("mrn");
        if (banner == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("post", banner.post());
            g.writeStringField("number", banner.mrn());
            g.writeEndObject();
        }
        g.writeFieldName("section");
        if (banner == null || (banner.section() == null && banner.sections() == null)) {
            g.writeNull();
        } else {
            g.writeStartObject();
            number(g, "number", banner.section());
            number(g, "of", banner.sections());
            g.writeEndObject();
        }
        strings(g, "captions", telegram.captions());
        strings(g, "passing", telegram.passing());
        eo(g, telegram.eo());

        g.writeArrayFieldStart("tags");
        for (Tag tag : telegram.tags()) g.writeString(tag.code());
        g.writeEndArray();
        g.writeStringField("subject", telegram.subject() == null ? null : telegram.subject().text());
        g.writeStringField("subjectMarking", telegram.subject() == null || telegram.subject().mark() == null
                ? null : telegram.subject().mark().text());

        g.writeArrayFieldStart("references");
        for (Reference ref : telegram.references()) {
            g.writeStartObject();
            g.writeStringField("letter", ref.letter());
            g.writeStringField("kind", ref.kind() == null ? null : ref.kind().name());
            g.writeStringField("id", ref.id());
            g.writeStringField("text", ref.text());
            g.writeBooleanField("notal", ref.notal());
            g.writeEndObject();
        }
        g.writeEndArray();
        classifiedBy(g, telegram.classifiedBy());

        g.writeArrayFieldStart("paragraphs");
        for (Block block : telegram.body()) {
            if (block instanceof Block.Paragraph p) {
                g.writeStartObject();
                number(g, "number", p.number());
                g.writeStringField("marking", p.marking() == null ? null : p.marking().text());
                g.writeStringField("text", p.text());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeStringField("summary", facts.summary());
        g.writeStringField("comment", facts.comment());
        strings(g, "signers", telegram.signers());
        segments(g, parsed.segments());

        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : parsed.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("rule", d.rule());
            g.writeStringField("severity", d.severity().label());
            g.writeNumberField("line", d.line());
            g.writeNumberField("column", d.column());
            g.writeStringField("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The FM line rarely carries an RI ({@code FM AMEMBASSY PRAGUE}); the originating station is then the one of
     * FL3 ({@code DE RUEHPG}), or failing that the station the posts catalog gives for the PLAD.
     */
    private static String originatorRi(Envelope envelope) {
        if (envelope.from().ri() != null) return envelope.from().ri();
        if (envelope.station() != null && envelope.station().station() != null) return envelope.station().station();
        return POSTS.byPlad(envelope.from().plad()).map(Post::ri).orElse(null);
    }

    private static void transmission(JsonGenerator g, Envelope envelope) throws IOException {
        g.writeFieldName("transmission");
        if (envelope == null || (envelope.transmission() == null && envelope.routing() == null
                && envelope.station() == null && envelope.security() == null)) {
            g.writeNull();
            return;
        }
        Envelope.StationLine station = envelope.station();
        g.writeStartObject();
        g.writeStringField("id", envelope.transmission() == null ? null : envelope.transmission().text());
        g.writeFieldName("routing");
        if (envelope.routing() == null) {
            g.writeNull();
        } else {
            strings(g, null, envelope.routing().indicators());
        }
        g.writeStringField("station", station == null ? null : station.station());
        g.writeStringField("ssn", station == null ? null : station.ssn());
        g.writeStringField("section", station == null ? null : station.section());
        g.writeStringField("filed", station == null ? null : station.filingTime());
        g.writeStringField("security", envelope.security() == null ? null : envelope.security().text());
        g.writeEndObject();
    }

    private static void eo(JsonGenerator g, EoLine eo) throws IOException {
        g.writeFieldName("eo");
        if (eo == null) {
            g.writeNull();
            return;
        }
        Declassification instruction = eo.instruction();
        g.writeStartObject();
        g.writeStringField("order", eo.order());
        g.writeStringField("declassify", switch (instruction) {
            case null -> null;
            case Declassification.OnDate d -> d.date().toString();
            case Declassification.OnEvent e -> e.event();
            case Declassification.NotApplicable n -> "N/A";
            case Declassification.Oadr o -> "OADR";
            case Declassification.Exemption x -> x.code();
            case Declassification.Unparsed u -> u.text();
        });
        g.writeStringField("declassifyKind", switch (instruction) {
            case null -> null;
            case Declassification.OnDate d -> "date";
            case Declassification.OnEvent e -> "event";
            case Declassification.NotApplicable n -> "n/a";
            case Declassification.Oadr o -> "oadr";
            case Declassification.Exemption x -> "exemption";
            case Declassification.Unparsed u -> "unparsed";
        });
        g.writeStringField("text", eo.text());
        g.writeEndObject();
    }

    private static void classifiedBy(JsonGenerator g, ClassifiedBy by) throws IOException {
        g.writeFieldName("classifiedBy");
        if (by == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", by.name());
        g.writeStringField("title", by.title());
        strings(g, "reasons", by.reasons());
        g.writeStringField("text", by.text());
        g.writeEndObject();
    }

    private static void addresses(JsonGenerator g, String field, List<Address> addresses) throws IOException {
        g.writeArrayFieldStart(field);
        for (Address a : addresses) {
            g.writeStartObject();
            g.writeStringField("ri", a.ri());
            g.writeStringField("name", a.plad());
            g.writeStringField("precedence", word(a.precedence()));
            g.writeStringField("mcn", a.mcn());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Counts of segments by kind, in the order of {@link Segment.Kind}: how the text was laid out. */
    private static void segments(JsonGenerator g, List<Segment> segments) throws IOException {
        Map<Segment.Kind, Integer> counts = new EnumMap<>(Segment.Kind.class);
        for (Segment s : segments) counts.merge(s.kind(), 1, Integer::sum);
        g.writeObjectFieldStart("segments");
        for (Map.Entry<Segment.Kind, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        g.writeEndObject();
    }

    /** A list of strings; with a null field name, just the array (the field name was written already). */
    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (field != null) g.writeFieldName(field);
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeNumberField(field, value);
    }

    private static String word(Level level) {
        return level == null ? null : level.word();
    }

    private static String word(Precedence precedence) {
        return precedence == null ? null : precedence.word();
    }
}
