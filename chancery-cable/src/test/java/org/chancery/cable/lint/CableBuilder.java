package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;
import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.model.Telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a fictional, well-formed cable (Embassy Vilnius to the Department, CONFIDENTIAL, May 2009) as a model
 * and renders its text and segments the way the reader lays them, so tests can spoil one part and see which
 * rule fires and where. Fields are public and mutable: a test changes what it needs, then calls
 * {@link #parsed()}.
 */
final class CableBuilder {

    boolean header = true;
    boolean trailer = true;
    Envelope.TransmissionId transmission = new Envelope.TransmissionId("XRO", "0417");
    Envelope.RoutingLine routing = new Envelope.RoutingLine(Precedence.IMMEDIATE, Precedence.IMMEDIATE,
            List.of("RUEHC", "RUEHRA", "RUEHTL"));
    Envelope.StationLine station = new Envelope.StationLine("RUEHVL", "0417", null, "1321530");
    Envelope.SecurityWarning security = new Envelope.SecurityWarning("ZNY", "CCCCC", List.of(), List.of("ZZH"));
    Envelope.FormatLine format = new Envelope.FormatLine(Precedence.IMMEDIATE, null,
            Dtg.zulu(2009, 5, 12, 15, 30), List.of());
    Address from = Address.of(null, "AMEMBASSY VILNIUS");
    List<Address> to = new ArrayList<>(List.of(
            new Address("RUEHC", "SECSTATE WASHDC", Precedence.IMMEDIATE, "3141")));
    List<Address> info = new ArrayList<>(List.of(
            new Address("RUEHRA", "AMEMBASSY RIGA", null, "0592"),
            new Address("RUEHTL", "AMEMBASSY TALLINN", null, "0377")));
    List<String> exclusions = new ArrayList<>();
    String ssnRepeat = "#0417";

    ClassificationLine classification = line("CONFIDENTIAL", Level.CONFIDENTIAL, null, null);
    List<String> captions = new ArrayList<>(List.of("SIPDIS"));
    EoLine eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2019, 5, 12)), "DECL: 05/12/2019");
    List<Tag> tags = new ArrayList<>(List.of(Tag.of("PREL", TagKind.SUBJECT), Tag.of("ENRG", TagKind.SUBJECT),
            Tag.of("LH", TagKind.GEOGRAPHIC), Tag.of("RS", TagKind.GEOGRAPHIC)));
    Subject subject = new Subject(null, "LITHUANIA: ENERGY MINISTER PREVIEWS GRID TALKS");
    ClassifiedBy classifiedBy = new ClassifiedBy("John Q. Sample", "Ambassador",
            List.of("1.4(b)", "1.4(d)"), "Classified By: Ambassador John Q. Sample for reasons 1.4 (b) and (d).");
    List<Block> body = new ArrayList<>(List.of(
            paragraph(1, "C", "The Energy Minister told the Ambassador on May 11 that"),
            paragraph(2, "U", "The talks open in Riga on May 20."),
            paragraph(3, "C", "Comment: the Minister expects a hard negotiation.")));
    List<String> signers = new ArrayList<>(List.of("SAMPLE"));
    /** Reader diagnostics to carry along. */
    List<Diagnostic> diagnostics = new ArrayList<>();

    static ClassificationLine line(String levelText, Level level, Integer section, Integer sections) {
        return new ClassificationLine(level, levelText, false, List.of(), section, sections, "VILNIUS", "000417");
    }

    static Block.Paragraph paragraph(Integer number, String mark, String text) {
        return new Block.Paragraph(number, mark == null ? null : mark(mark), text);
    }

    static PortionMark mark(String text) {
        String[] parts = text.split("/+");
        Level level = switch (parts[0]) {
            case "U" -> Level.UNCLASSIFIED;
            case "SBU" -> Level.SBU;
            case "C" -> Level.CONFIDENTIAL;
            case "S" -> Level.SECRET;
            case "TS" -> Level.TOP_SECRET;
            default -> throw new IllegalArgumentException(text);
        };
        List<String> controls = parts.length > 1 && (parts[1].equals("NF") || parts[1].equals("N"))
                ? List.of("NOFORN") : List.of();
        return new PortionMark(level, controls, text);
    }

    /** The built-in catalogs: they know every tag and station of this fixture. */
    static Catalogs catalogs() {
        return Catalogs.builtIn();
    }

    static Linter linter() {
        return new Linter(catalogs());
    }

    Cable cable() {
        Envelope envelope = header
                ? new Envelope(transmission, routing, station, security, format, from, to, info, exclusions)
                : null;
        Telegram telegram = new Telegram(classification, captions, List.of(), eo, tags, subject, List.of(),
                classifiedBy, body, signers);
        return new Cable(envelope, telegram);
    }

    // ---- rendering: one line per part, laid as the reader lays segments ----

    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    private void add(Kind kind, String line) {
        int start = text.length();
        text.append(line).append('\n');
        segments.add(new Segment(kind, start, text.length()));
    }

    private void blank() {
        add(Kind.BLANK, "");
    }

    String text() {
        return parsed().text();
    }

    ParsedCable parsed() {
        text.setLength(0);
        segments.clear();
        if (header) renderEnvelope();
        if (header && trailer) add(Kind.TEXT_DELIMITER, "BT");
        renderTelegram();
        if (header && trailer) {
            add(Kind.TEXT_DELIMITER, "BT");
            if (ssnRepeat != null) add(Kind.SSN_REPEAT, ssnRepeat);
            add(Kind.END_OF_MESSAGE, "NNNN");
        }
        String s = text.toString();
        return new ParsedCable("09VILNIUS417", SourceFormat.TEXT, Source.of(s), s, cable(), segments, diagnostics);
    }

    private void renderEnvelope() {
        if (transmission != null) add(Kind.START_OF_MESSAGE, transmission.text());
        if (routing != null) {
            add(Kind.ROUTING, (routing.action() == null ? "" : "" + routing.action().prosign()
                    + (routing.info() == null ? "" : routing.info().prosign())) + " "
                    + String.join(" ", routing.indicators()));
        }
        if (station != null) {
            add(Kind.STATION, "DE " + station.station() + " #" + station.ssn()
                    + (station.section() == null ? "" : "/" + station.section()) + " " + station.filingTime());
        }
        if (security != null) {
            List<String> parts = new ArrayList<>(List.of(security.prefix(), security.letters()));
            security.specat().forEach(s -> parts.add("/" + s));
            parts.addAll(security.signals());
            add(Kind.SECURITY, String.join(" ", parts));
        }
        if (format != null) {
            Dtg d = format.dtg();
            String dtg = d == null ? "" : String.format(Locale.ROOT, "%02d%02d%02d%c %s %02d", d.day(), d.hour(),
                    d.minute(), d.zone(), java.time.Month.of(d.month()).name().substring(0, 3), d.year() % 100);
            add(Kind.FORMAT, (format.precedence() == null ? "" : format.precedence().prosign() + " ") + dtg);
        }
        if (from != null) add(Kind.FROM, "FM " + from.plad());
        for (int i = 0; i < to.size(); i++) add(Kind.TO, (i == 0 ? "TO " : "") + address(to.get(i)));
        for (int i = 0; i < info.size(); i++) add(Kind.INFO, (i == 0 ? "INFO " : "") + address(info.get(i)));
        for (String x : exclusions) add(Kind.EXCLUSION, "XMT " + x);
    }

    private static String address(Address a) {
        return (a.ri() == null ? "" : a.ri() + "/") + a.plad()
                + (a.precedence() == null ? "" : " " + a.precedence().word())
                + (a.mcn() == null ? "" : " " + a.mcn());
    }

    private void renderTelegram() {
        if (classification != null) {
            ClassificationLine c = classification;
            add(Kind.CLASSIFICATION, c.levelText() + (c.efto() ? " EFTO" : "")
                    + (c.section() == null ? "" : String.format(Locale.ROOT, " SECTION %02d OF %02d", c.section(),
                    c.sections() == null ? 0 : c.sections()))
                    + " " + c.post() + " " + c.mrn());
            blank();
        }
        for (String caption : captions) {
            add(Kind.CAPTION, caption);
            blank();
        }
        if (eo != null) add(Kind.EO, "E.O. " + eo.order() + ": " + eo.text());
        if (!tags.isEmpty()) {
            StringBuilder sb = new StringBuilder("TAGS:");
            for (Tag t : tags) sb.append(' ').append(t.code()).append(t.person() == null ? "" : " (" + t.person() + ")");
            add(Kind.TAGS, sb.toString());
        }
        if (subject != null) {
            add(Kind.SUBJECT, "SUBJECT: " + (subject.mark() == null ? "" : "(" + subject.mark().text() + ") ")
                    + subject.text());
        }
        blank();
        if (classifiedBy != null) {
            add(Kind.CLASSIFIED_BY, classifiedBy.text());
            blank();
        }
        for (Block b : body) {
            switch (b) {
                case Block.Paragraph p -> add(Kind.PARAGRAPH, (p.number() == null ? "" : p.number() + ". ")
                        + (p.marking() == null ? "" : "(" + p.marking().text() + ") ") + p.text());
                case Block.PageMarker m -> add(Kind.PAGE_MARKER, m.text());
                case Block.Text t -> add(Kind.TEXT, t.text());
            }
            blank();
        }
        if (!signers.isEmpty()) add(Kind.SIGNATURE, String.join(", ", signers));
    }
}
