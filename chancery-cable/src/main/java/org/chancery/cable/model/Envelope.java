package org.chancery.cable.model;

import java.util.List;

/**
 * The ACP 127 envelope: format lines 1 to 9. Every part may be null (or empty) because real cables lose
 * parts of their header; a cable that starts at the DTG has only {@code format} onward.
 *
 * @param transmission FL1: start of message and transmission id
 * @param routing      FL2: precedence digraph and routing indicators of this relay leg
 * @param station      FL3: originating station, station serial number, section and filing time
 * @param security     FL4: security warning
 * @param format       FL5: precedence and date-time group
 * @param from         FL6: the originator
 * @param to           FL7: action addressees
 * @param info         FL8: information addressees
 * @param exclusions   FL9: {@code XMT} exclusions (plain language addresses)
 * @param preamble     the text found above the envelope, one trimmed line per entry, blank lines left out, as
 *                     written: the Department's distribution block of 1970s–2000s cables ({@code ACTION},
 *                     {@code INFO LOG-00 …}, {@code DRAFTED BY}, {@code APPROVED BY}), archive printout lines,
 *                     an e-mail forward's heading. Kept so that nothing the cable says is dropped; empty for a
 *                     cable that starts with its envelope
 */
public record Envelope(
        TransmissionId transmission,
        RoutingLine routing,
        StationLine station,
        SecurityWarning security,
        FormatLine format,
        Address from,
        List<Address> to,
        List<Address> info,
        List<String> exclusions,
        List<String> preamble) {

    public Envelope {
        to = List.copyOf(to);
        info = List.copyOf(info);
        exclusions = List.copyOf(exclusions);
        preamble = List.copyOf(preamble);
    }

    /** An envelope with nothing above it: what a writer composes, and what most cables have. */
    public Envelope(TransmissionId transmission, RoutingLine routing, StationLine station, SecurityWarning security,
                    FormatLine format, Address from, List<Address> to, List<Address> info, List<String> exclusions) {
        this(transmission, routing, station, security, format, from, to, info, exclusions, List.of());
    }

    /** FL1: {@code VZCZC} + channel designator + channel sequence number, e.g. {@code VZCZCXRO0224}. */
    public record TransmissionId(String channel, String sequence) {
        public String text() {
            return "VZCZC" + channel + sequence;
        }
    }

    /** FL2: precedence digraph (action, info) then routing indicators, e.g. {@code RR RUEHDBU RUEHFL}. */
    public record RoutingLine(Precedence action, Precedence info, List<String> indicators) {
        public RoutingLine {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * FL3: {@code DE RUEHPG #0589/01 2751444}. {@code section} is null for a single-section cable;
     * {@code filingTime} is the Julian day and HHMM as written (7 digits).
     */
    public record StationLine(String station, String ssn, String section, String filingTime) {
    }

    /**
     * FL4: e.g. {@code ZNY CCCCC ZZH}. {@code prefix} is ZNR or ZNY; {@code letters} the five security letters
     * (or a transmission release code such as SSSAA); {@code specat} the SPECAT groups such as AAAAA, BBBBB,
     * FFFFF; {@code signals} the Z-signals after them (ZZH is kept opaque).
     */
    public record SecurityWarning(String prefix, String letters, List<String> specat, List<String> signals) {
        public SecurityWarning {
            specat = List.copyOf(specat);
            signals = List.copyOf(signals);
        }

        /** The line as text: {@code ZNY CCCCC ZZH}, SPECAT groups after a slash ({@code ZNY SSSSS/AAAAA ZZH}). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            if (prefix != null) sb.append(prefix);
            if (letters != null) sb.append(sb.isEmpty() ? "" : " ").append(letters);
            for (String s : specat) sb.append('/').append(s);
            for (String s : signals) sb.append(sb.isEmpty() ? "" : " ").append(s);
            return sb.toString();
        }
    }

    /** FL5: {@code R 021444Z OCT 09}, optionally a second precedence and operating instructions (ZEX, ZFF…). */
    public record FormatLine(Precedence precedence, Precedence second, Dtg dtg, List<String> instructions) {
        public FormatLine {
            instructions = List.copyOf(instructions);
        }
    }
}
