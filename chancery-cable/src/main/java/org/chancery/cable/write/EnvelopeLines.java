package org.chancery.cable.write;

import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Precedence;

import java.util.ArrayList;
import java.util.List;

/** The ACP 127 format lines around a telegram text: lines 1 to 9 before it, 13 to 16 after it. */
final class EnvelopeLines {

    private EnvelopeLines() {
    }

    /**
     * Format lines 1 to 9, then the blank format line 10 and {@code BT}. {@code section} is the two-digit
     * section for the DE line ({@code #0589/01}); null writes the section the model recorded, if any.
     */
    static List<String> head(Envelope e, String section, int width) {
        List<String> lines = new ArrayList<>();
        if (e.transmission() != null) lines.add(e.transmission().text());
        if (e.routing() != null) lines.addAll(routing(e.routing(), width));
        if (e.station() != null) lines.add(station(e.station(), section));
        if (e.security() != null) lines.add(security(e.security()));
        if (e.format() != null) lines.add(format(e.format()));
        if (e.from() != null) lines.add("FM " + Notation.address(e.from()));
        addressees(lines, "TO ", e.to().stream().map(Notation::address).toList());
        addressees(lines, "INFO ", e.info().stream().map(Notation::address).toList());
        for (String excluded : e.exclusions()) lines.add("XMT " + excluded); // each its own XMT line
        lines.add("");
        lines.add("BT");
        return lines;
    }

    /** Format lines 13 to 16: {@code BT}, the SSN repeated ({@code #0589}), {@code NNNN}. */
    static List<String> tail(Envelope e) {
        List<String> lines = new ArrayList<>();
        lines.add("BT");
        if (e.station() != null && e.station().ssn() != null) lines.add("#" + e.station().ssn());
        lines.add("NNNN");
        return lines;
    }

    /** FL2, continued on further lines of indicators when they do not fit one line. */
    private static List<String> routing(Envelope.RoutingLine r, int width) {
        StringBuilder digraph = new StringBuilder();
        if (r.action() != null) digraph.append(Notation.prosign(r.action()));
        if (r.info() != null) digraph.append(Notation.prosign(r.info()));
        List<String> words = new ArrayList<>();
        if (!digraph.isEmpty()) words.add(digraph.toString());
        words.addAll(r.indicators());
        return LineWrapper.wrap(String.join(" ", words), width);
    }

    private static String station(Envelope.StationLine s, String section) {
        StringBuilder sb = new StringBuilder("DE");
        if (s.station() != null) sb.append(' ').append(s.station());
        if (s.ssn() != null) {
            sb.append(" #").append(s.ssn());
            String sec = section != null ? section : s.section();
            if (sec != null) sb.append('/').append(sec);
        }
        if (s.filingTime() != null) sb.append(' ').append(s.filingTime());
        return sb.toString();
    }

    private static String security(Envelope.SecurityWarning w) {
        StringBuilder sb = new StringBuilder();
        if (w.prefix() != null) sb.append(w.prefix());
        if (w.letters() != null) sb.append(sb.isEmpty() ? "" : " ").append(w.letters());
        for (String s : w.specat()) sb.append('/').append(s);
        for (String s : w.signals()) sb.append(sb.isEmpty() ? "" : " ").append(s);
        return sb.toString();
    }

    private static String format(Envelope.FormatLine f) {
        List<String> parts = new ArrayList<>();
        for (Precedence p : new Precedence[] {f.precedence(), f.second()}) {
            if (p != null) parts.add(String.valueOf(Notation.prosign(p)));
        }
        if (f.dtg() != null) parts.add(Notation.dtg(f.dtg()));
        parts.addAll(f.instructions());
        return String.join(" ", parts);
    }

    /** {@code TO}/{@code INFO}/{@code XMT} and the first entry on one line, then one entry a line. */
    private static void addressees(List<String> lines, String keyword, List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            lines.add(i == 0 ? keyword + entries.get(i) : entries.get(i));
        }
    }
}
