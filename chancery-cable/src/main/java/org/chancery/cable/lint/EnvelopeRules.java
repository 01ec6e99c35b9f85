package org.chancery.cable.lint;

import org.chancery.cable.Segment;
import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;

import java.time.Year;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Section 5, rules 1, 3 and 4: the format lines themselves, the trailer, the filing time, the security warning. */
final class EnvelopeRules {

    private EnvelopeRules() {
    }

    /** Where to point at when a format line is missing: the first format line there is. */
    static Position header(LintContext c) {
        return c.locate().find(null, Kind.START_OF_MESSAGE, Kind.ROUTING, Kind.STATION, Kind.SECURITY,
                Kind.FORMAT, Kind.FROM, Kind.TO);
    }

    /** Rule 1: FL1–FL8 present and well formed. */
    static final class FormatLines extends NamedRule {
        FormatLines() {
            super("envelope-format-lines", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null) {
                String msg = "no ACP 127 header (format lines 1 to 8): ";
                if (c.draft()) {
                    out.error(Position.WHOLE, msg + "a cable to send needs them; write it with the canonical writer,"
                            + " which adds FL1 to FL16");
                } else {
                    out.info(Position.WHOLE, msg + "read as a body-only extract; nothing to fix in the text");
                }
                return;
            }
            boolean noTransmissionHeader = e.transmission() == null && e.routing() == null && e.station() == null
                    && e.security() == null;
            if (noTransmissionHeader) {
                String msg = "the header starts at the DTG: FL1 (VZCZC…), FL2 (routing), FL3 (DE …) and FL4 (ZNY/ZNR)"
                        + " are missing";
                if (c.draft()) out.error(header(c), msg + "; add them before sending");
                else out.info(header(c), msg + ", as in many archived cables; nothing to fix in the text");
            } else {
                if (e.transmission() == null) {
                    out.error(header(c), "FL1 is missing: begin the cable with VZCZC, the 3-letter channel and its"
                            + " sequence number, e.g. VZCZCXRO0224");
                }
                if (e.routing() == null) {
                    out.error(header(c), "FL2 is missing: add the precedence digraph and the routing indicators,"
                            + " e.g. RR RUEHC, after FL1");
                }
                if (e.station() == null) {
                    out.error(header(c), "FL3 is missing: add DE, the station RI, #SSN and the filing time,"
                            + " e.g. DE RUEHPG #0589 2751444");
                }
                if (e.security() == null) {
                    out.error(header(c), "FL4 is missing: add the security warning, e.g. ZNY CCCCC ZZH for a"
                            + " CONFIDENTIAL cable or ZNR UUUUU ZZH for an unclassified one");
                }
            }
            if (e.format() == null || e.format().dtg() == null || e.format().precedence() == null) {
                // Archived cables whose header starts at FM keep their DTG elsewhere (e.g. the PAGE line).
                out.report(noTransmissionHeader && !c.draft() ? Severity.INFO : Severity.ERROR,
                        c.locate().find(null, Kind.FORMAT, Kind.FROM, Kind.TO),
                        "FL5 (precedence and date-time group) is missing or unreadable: write it as R 021444Z OCT 09");
            }
            if (e.from() == null || blank(e.from().plad())) {
                out.error(c.locate().find(null, Kind.FROM, Kind.FORMAT, Kind.TO),
                        "FL6 is missing: add FM and the originator's plain language address, e.g. FM AMEMBASSY PRAGUE");
            }
            if (e.to().isEmpty()) {
                out.error(c.locate().find(null, Kind.TO, Kind.FROM, Kind.INFO),
                        "FL7 is missing: a cable needs at least one action addressee, e.g. TO RUEHC/SECSTATE WASHDC 1802");
            }
            checkShapes(c, e, out);
        }

        private static void checkShapes(LintContext c, Envelope e, Findings out) {
            Envelope.TransmissionId t = e.transmission();
            if (t != null && !(letters(t.channel(), 3, 3) && digits(t.sequence(), 3, 4))) {
                out.error(c.locate().first(Kind.START_OF_MESSAGE), "FL1 " + t.text() + " is not VZCZC + a 3-letter"
                        + " channel + a 3- or 4-digit sequence number: write it like VZCZCXRO0224");
            }
            Envelope.RoutingLine r = e.routing();
            if (r != null) {
                if (r.action() == null) {
                    out.error(c.locate().first(Kind.ROUTING), "FL2 does not begin with a precedence digraph:"
                            + " write the action and info prosigns first, e.g. RR or OP");
                }
                if (r.indicators().isEmpty()) {
                    out.warning(c.locate().first(Kind.ROUTING), "FL2 lists no routing indicator: add the RIs of"
                            + " this relay leg (filled from FL7 and FL8)");
                }
            }
            Envelope.StationLine s = e.station();
            if (s != null) {
                Position at = c.locate().first(Kind.STATION);
                if (!digits(s.ssn(), 3, 4)) {
                    out.error(at, "FL3 station serial number #" + nz(s.ssn()) + " must be 3 or 4 digits,"
                            + " e.g. #0589");
                }
                if (s.section() != null && !digits(s.section(), 1, 3)) {
                    out.error(at, "FL3 section /" + s.section() + " must be the section number, e.g. #0589/01");
                }
                if (FilingTime.parse(s.filingTime()) == null) {
                    out.error(at, "FL3 filing time " + nz(s.filingTime()) + " must be the Julian day (001-366)"
                            + " and HHMM Zulu, 7 digits, e.g. 2751444");
                }
            }
            Envelope.SecurityWarning w = e.security();
            if (w != null) {
                Position at = c.locate().first(Kind.SECURITY);
                if (!"ZNR".equals(w.prefix()) && !"ZNY".equals(w.prefix())) {
                    out.error(at, "FL4 must begin with ZNR (unclassified) or ZNY (classified or EFTO), not "
                            + nz(w.prefix()));
                }
                if (!letters(w.letters(), 5, 5)) {
                    out.error(at, "FL4 security letters " + nz(w.letters()) + " must be five letters, e.g. CCCCC");
                }
            }
        }
    }

    /** Rule 1, end of message: the SSN repeated on FL15 equals FL3's, and the message ends with NNNN. */
    static final class MessageEnd extends NamedRule {
        MessageEnd() {
            super("message-end", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Locator at = c.locate();
            List<Segment> bt = at.segments(Kind.TEXT_DELIMITER);
            List<Segment> ssn = at.segments(Kind.SSN_REPEAT);
            List<Segment> nnnn = at.segments(Kind.END_OF_MESSAGE);
            boolean hasTrailer = !bt.isEmpty() || !ssn.isEmpty() || !nnnn.isEmpty();
            if (!hasTrailer) {
                // Cablegate and most archives strip BT/#SSN/NNNN: their absence says nothing about a read cable.
                if (c.draft() && c.envelope() != null) {
                    out.error(Position.WHOLE, "the cable does not end with BT, #SSN and NNNN: add them after the"
                            + " text (the canonical writer does)");
                }
                return;
            }
            Position end = at.find(null, Kind.END_OF_MESSAGE, Kind.SSN_REPEAT, Kind.TEXT_DELIMITER);
            if (nnnn.isEmpty()) {
                out.error(end, "the trailer has no NNNN: end the message with NNNN on a line of its own");
            } else if (!onlyBlankAfter(c, nnnn.get(nnnn.size() - 1))) {
                out.error(at.at(nnnn.get(nnnn.size() - 1).start()), "text follows NNNN: NNNN ends the message, so"
                        + " move that text before the closing BT or remove it");
            }
            if (ssn.isEmpty()) {
                out.error(end, "the trailer does not repeat the station serial number: add #SSN (as on FL3)"
                        + " before NNNN");
                return;
            }
            Envelope e = c.envelope();
            String fl3 = e == null || e.station() == null ? null : e.station().ssn();
            String fl15 = serialOf(c.parsed().textOf(ssn.get(ssn.size() - 1)));
            if (fl3 != null && !fl3.equals(fl15)) {
                out.error(at.at(ssn.get(ssn.size() - 1).start()), "FL15 repeats #" + fl15 + " but FL3 says #" + fl3
                        + ": make FL15 #" + fl3);
            }
        }

        /** {@code #0589} or {@code #0589/01} → {@code 0589}. */
        static String serialOf(String line) {
            String s = line.strip();
            if (s.startsWith("#")) s = s.substring(1);
            int i = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            return s.substring(0, i);
        }

        private static boolean onlyBlankAfter(LintContext c, Segment last) {
            return c.parsed().text().substring(last.end()).isBlank();
        }
    }

    /** Rule 3: the FL3 filing time is at or just after the FL5 DTG. */
    static final class FilingTime extends NamedRule {
        /** Filing normally follows the DTG within minutes; an hour is generous for queues and retries. */
        static final long MAX_MINUTES = 60;

        FilingTime() {
            super("filing-time", Severity.WARNING);
        }

        /** Julian day and minutes of the day of a 7-digit filing time, or null when it is not one. */
        static int[] parse(String s) {
            if (!digits(s, 7, 7)) return null;
            int day = Integer.parseInt(s.substring(0, 3));
            int hh = Integer.parseInt(s.substring(3, 5));
            int mm = Integer.parseInt(s.substring(5, 7));
            if (day < 1 || day > 366 || hh > 24 || mm > 59) return null;
            return new int[]{day, hh * 60 + mm};
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null || e.station() == null || e.format() == null || e.format().dtg() == null) return;
            int[] filing = parse(e.station().filingTime());
            Dtg dtg = e.format().dtg();
            if (filing == null || dtg.zone() != 'Z') return;
            ZonedDateTime official = dtg.toZonedDateTime();
            // The filing time has no year: take the DTG's, or the next one when the DTG is late in December.
            int year = official.getYear();
            if (filing[0] < official.getDayOfYear() - 180) year++;
            if (filing[0] > Year.of(year).length()) return; // day 366 of a common year: FL3's shape says so
            ZonedDateTime filed = official.withYear(year).withDayOfYear(filing[0]).truncatedTo(ChronoUnit.DAYS)
                    .plusMinutes(filing[1]);
            long minutes = ChronoUnit.MINUTES.between(official, filed);
            Position at = c.locate().first(Kind.STATION);
            String expected = String.format(java.util.Locale.ROOT, "%03d%02d%02d", official.getDayOfYear(),
                    dtg.hour(), dtg.minute());
            if (minutes < 0) {
                out.warning(at, "FL3 filing time " + e.station().filingTime() + " is " + duration(-minutes)
                        + " before the DTG: a message is filed at or after its date-time group; make FL3 "
                        + expected + " (or correct the DTG)");
            } else if (minutes > MAX_MINUTES) {
                out.warning(at, "FL3 filing time " + e.station().filingTime() + " is " + duration(minutes)
                        + " after the DTG: they normally differ by minutes; make FL3 " + expected
                        + " (or correct the DTG)");
            }
        }

        private static String duration(long minutes) {
            if (minutes == 1) return "1 minute";
            if (minutes < 120) return minutes + " minutes";
            if (minutes < 48 * 60) return (minutes / 60) + " hours";
            return (minutes / 1440) + " days";
        }
    }

    /** Rule 4: the FL4 security letters match the classification line. */
    static final class SecurityWarning extends NamedRule {
        SecurityWarning() {
            super("security-warning", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            var line = c.telegram().classification();
            if (e == null || e.security() == null || line == null || line.level() == null) return;
            Envelope.SecurityWarning w = e.security();
            if (w.letters() == null || w.letters().length() < 3) return; // shape: envelope-format-lines
            // Unclassified traffic (SBU included: it is sent as UNCLASSIFIED) goes ZNR UUUUU; EFTO goes ZNY EEEEE.
            Level level = line.level();
            boolean efto = line.efto();
            char want = level.isClassified() ? level.securityLetter() : efto ? 'E' : 'U';
            String wantPrefix = level.isClassified() || efto ? "ZNY" : "ZNR";
            // The last two letters may be a transmission release code (SSSAA): the first three decide.
            String letters = w.letters();
            boolean ok = wantPrefix.equals(w.prefix()) && repeats(letters, want);
            // Unclassified traffic may travel EFTO without its classification line saying so.
            if (!level.isClassified() && !efto) ok |= "ZNY".equals(w.prefix()) && repeats(letters, 'E');
            if (!ok) {
                String said = w.prefix() + " " + letters;
                String wanted = wantPrefix + " " + String.valueOf(want).repeat(5);
                out.error(c.locate().first(Kind.SECURITY), "FL4 says " + said + " (" + meaning(w.prefix(), letters)
                        + ") but the classification line says " + line.levelText() + (efto ? " EFTO" : "")
                        + ": make FL4 " + wanted);
            }
        }

        private static boolean repeats(String letters, char c) {
            return letters.charAt(0) == c && letters.charAt(1) == c && letters.charAt(2) == c;
        }

        private static String meaning(String prefix, String letters) {
            return switch (letters.charAt(0)) {
                case 'U' -> "UNCLASSIFIED";
                case 'E' -> "UNCLASSIFIED EFTO";
                case 'C' -> "CONFIDENTIAL";
                case 'S' -> "SECRET";
                case 'T' -> "TOP SECRET";
                default -> "not a security level";
            } + ("ZNR".equals(prefix) && letters.charAt(0) != 'U' ? ", yet sent as ZNR" : "");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "(none)" : s;
    }

    static boolean digits(String s, int min, int max) {
        if (s == null || s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }

    static boolean letters(String s, int min, int max) {
        if (s == null || s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 'A' || ch > 'Z') return false;
        }
        return true;
    }
}
