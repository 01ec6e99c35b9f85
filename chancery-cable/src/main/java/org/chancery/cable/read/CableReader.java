package org.chancery.cable.read;

import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Telegram;

import java.util.List;

/**
 * Reads one cable: decode, extract the text of an HTML page, split into lines, then the envelope and the
 * telegram text. Never throws: whatever a part fails to understand stays in the text as a {@code TEXT}
 * segment with a diagnostic.
 */
public final class CableReader {

    private CableReader() {
    }

    public static ParsedCable read(Source source, String name, SourceFormat format) {
        HtmlExtractor.Extraction page = format == SourceFormat.HTML ? HtmlExtractor.scan(source.text()) : null;
        String text = page != null ? page.text() : source.text();
        Lines lines = new Lines(text);
        ReadContext ctx = new ReadContext(lines, name);
        if (page != null && page.blocks() == 0) {
            ctx.report("html-no-pre", Severity.ERROR, "the page has no <pre> block, so no cable text was found;"
                    + " give the Cablegate page itself or the cable as plain text");
        }
        Envelope envelope = null;
        Telegram telegram = null;
        try {
            EnvelopeReader.Result head = EnvelopeReader.read(ctx);
            envelope = head.envelope();
            List<SectionBreaks.Break> breaks = SectionBreaks.find(lines, head.nextLine());
            TelegramReader.Result body = TelegramReader.read(ctx, head.nextLine(), envelope, breaks);
            telegram = body.telegram();
            // all sections of the cable read as one: the cable is no longer a section of itself
            if (body.joined() && envelope != null && envelope.station() != null) envelope = withoutSection(envelope);
        } catch (RuntimeException e) {
            // A bug must cost a diagnostic, not the cable: what was not laid stays as text.
            ctx.report("reader-failure", Severity.ERROR,
                    "the reader failed here (" + e + "); the rest of the cable is kept as text");
        }
        ctx.fillTo(lines.count());
        if (telegram == null) telegram = TelegramReader.empty();
        return new ParsedCable(name, format, source, text, new Cable(envelope, telegram), ctx.segments(),
                List.copyOf(ctx.diagnostics()));
    }

    private static Envelope withoutSection(Envelope e) {
        Envelope.StationLine s = e.station();
        return new Envelope(e.transmission(), e.routing(), new Envelope.StationLine(s.station(), s.ssn(), null,
                s.filingTime()), e.security(), e.format(), e.from(), e.to(), e.info(), e.exclusions(), e.preamble());
    }
}
