package org.chancery.cable.read;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Envelope.FormatLine;
import org.chancery.cable.model.Envelope.RoutingLine;
import org.chancery.cable.model.Envelope.SecurityWarning;
import org.chancery.cable.model.Envelope.StationLine;
import org.chancery.cable.model.Envelope.TransmissionId;
import org.chancery.cable.model.Precedence;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ACP 127 envelope from the top of the text: FL1 {@code VZCZC…}, FL2 precedence digraph and
 * routing indicators (wrapped over several lines or followed by a blank line as real cables have it), FL3
 * {@code DE}, FL4 security warning, FL5 precedence and DTG, {@code FM}, {@code TO}/{@code INFO} address lists
 * (one addressee a line, continuation lines belonging to the role above, page markers among them),
 * {@code XMT} exclusions and a leading {@code BT}. Any of these may be missing: many cables start at the DTG.
 *
 * <p><b>Where the envelope starts.</b> At the first non-blank line when that is a header line. Otherwise the
 * first {@value #HEADER_SEARCH_LINES} lines are searched for one (an FL1, a routing line followed by
 * {@code DE}, a {@code DE} or {@code ZNY}/{@code ZNR} line, a DTG line, an {@code FM} line followed by a
 * {@code TO} line) until a line such as {@code E.O.} or {@code SUBJECT:} shows the telegram text
 * has begun. What stands before a header found that way — an e-mail forward's heading, the Department's
 * distribution block ({@code ORIGIN}, {@code INFO LOG-00 …}, {@code DRAFTED BY}, {@code APPROVED BY}) — is laid
 * as {@code TEXT} with an {@code envelope-preamble} note, and its lines are kept in {@link Envelope#preamble()}. Without a header (a body-only extract) nothing is
 * laid and the result is a null envelope and line 0.
 *
 * <p><b>Where it ends.</b> At the first line that is no longer part of it: after the address list, the first
 * blank line whose next non-blank line is not an addressee (an {@code RI/PLAD} line or a {@code TO},
 * {@code INFO}, {@code XMT} line); before that, a blank line followed by anything but a later format line.
 * The blank lines that follow the envelope, and a {@code BT} among them, are laid here ({@code BLANK},
 * {@code TEXT_DELIMITER}), so {@link Result#nextLine()} is the first line of the telegram text proper
 * (normally the classification line). The old distribution lines ({@code ORIGIN}, {@code DRAFTED BY}…) when
 * they follow the envelope are left to the telegram reader.
 *
 * <p>Never throws on content; what is malformed is reported with rules {@code envelope-transmission},
 * {@code envelope-routing}, {@code envelope-station}, {@code envelope-security}, {@code envelope-dtg},
 * {@code envelope-format}, {@code envelope-from}, {@code envelope-address}, {@code envelope-precedence},
 * {@code envelope-line}, {@code envelope-end}, {@code envelope-preamble}. Linear: each line of the envelope
 * is tokenized once; the header search looks at most at a fixed number of lines and at their first letter
 * before anything else.
 */
public final class EnvelopeReader {

    /** How far down a header is looked for when the text does not start with one. */
    static final int HEADER_SEARCH_LINES = 80;

    private EnvelopeReader() {
    }

    /** The envelope (null when the text has no header) and the first line of the telegram text. */
    public record Result(Envelope envelope, int nextLine) {
    }

    public static Result read(ReadContext ctx) {
        Lines lines = ctx.lines();
        int n = lines.count();
        int first = 0;
        while (first < n && lines.isBlank(first)) first++;
        if (first == n) return new Result(null, 0);
        int start = findHeaderStart(lines, first);
        if (start < 0) return new Result(null, 0);
        return new Reading(ctx).run(first, start);
    }

    /**
     * The envelope that starts at line {@code start}, where another section of the cable begins: nothing above it
     * is its preamble (that belongs to the section before).
     */
    static Result readAt(ReadContext ctx, int start) {
        return new Reading(ctx).run(start, start);
    }

    /** Whether line {@code i} starts an envelope (see {@link #read}: FL1, FL2 then DE, DE, ZNY/ZNR, a DTG…). */
    static boolean startsHeader(Lines lines, int i) {
        return isHeaderStart(lines, i);
    }

    /** The parts of the envelope in the order they come; a line may only move the reading forward. */
    private enum Stage {
        NONE, TRANSMISSION, ROUTING, STATION, SECURITY, FORMAT, FROM, ADDRESSES
    }

    /** What a single line looks like on its own. */
    private enum Shape {
        TRANSMISSION, ROUTING, ROUTING_MORE, STATION, SECURITY, FORMAT, FROM, ROLE, PAGE, DELIMITER, OTHER
    }

    private enum Role {
        TO, INFO
    }

    private static Shape shapeOf(HeaderLine t) {
        if (t.isEmpty()) return Shape.OTHER;
        String a = t.get(0);
        if (a.startsWith("VZCZC")) return Shape.TRANSMISSION;
        if (a.equals("DE") && t.size() >= 2) return Shape.STATION;
        if (a.length() == 3 && a.startsWith("ZN") && Character.isUpperCase(a.charAt(2))) return Shape.SECURITY;
        if (dtgIndex(t) >= 0) return Shape.FORMAT;
        if (a.equals("FM") || a.equalsIgnoreCase("FROM:")) return Shape.FROM;
        if (a.equals("TO") || a.equals("INFO") || a.equals("XMT") || fusedRole(a) != null) return Shape.ROLE;
        if (a.equals("BT") && t.size() == 1) return Shape.DELIMITER;
        if (a.equals("PAGE") && t.size() >= 2 && HeaderLine.isDigits(t.get(1))) return Shape.PAGE;
        if (isDigraph(a) && allRoutingIndicators(t, 1)) return Shape.ROUTING;
        if (allRoutingIndicators(t, 0)) return Shape.ROUTING_MORE;
        return Shape.OTHER;
    }

    /** Index of the DTG's first token on an FL5 line (after up to two prosigns), or -1. */
    private static int dtgIndex(HeaderLine t) {
        int k = 0;
        while (k < 2 && k < t.size() && t.end(k) - t.start(k) == 1
                && HeaderLine.isProsign(t.text().charAt(t.start(k)))) {
            k++;
        }
        return DtgParser.isDtgAt(t, k) ? k : -1;
    }

    /** An FL2 precedence digraph (or a single prosign): {@code RR}, {@code PP}, {@code OO}, {@code PR}… */
    private static boolean isDigraph(String a) {
        if (a.isEmpty() || a.length() > 2) return false;
        for (int i = 0; i < a.length(); i++) {
            if (!HeaderLine.isProsign(a.charAt(i))) return false;
        }
        return true;
    }

    private static boolean allRoutingIndicators(HeaderLine t, int from) {
        if (from >= t.size()) return from > 0;
        for (int i = from; i < t.size(); i++) {
            if (!HeaderLine.isRoutingIndicator(t.get(i))) return false;
        }
        return true;
    }

    /** {@code TO} or {@code INFO} when the token is that keyword run into an RI address ({@code TORUEHC/…}). */
    private static String fusedRole(String a) {
        String keyword = a.startsWith("TO") ? "TO" : a.startsWith("INFO") ? "INFO" : null;
        if (keyword == null) return null;
        int slash = a.indexOf('/');
        return slash > keyword.length() && HeaderLine.isRoutingIndicator(a.substring(keyword.length(), slash))
                ? keyword : null;
    }

    /** An addressee line that starts with a routing indicator and a slash: {@code RUEHC/SECSTATE WASHDC}. */
    private static boolean isRiAddress(HeaderLine t) {
        if (t.isEmpty()) return false;
        String a = t.get(0);
        int slash = a.indexOf('/');
        return slash > 0 && HeaderLine.isRoutingIndicator(a.substring(0, slash));
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------
    // Finding the header

    private static int findHeaderStart(Lines lines, int first) {
        String text = lines.text();
        int limit = Math.min(lines.count(), first + HEADER_SEARCH_LINES);
        for (int i = first; i < limit; i++) {
            int s = lines.start(i);
            int e = lines.end(i);
            while (s < e && HeaderLine.isSpace(text.charAt(s))) s++;
            if (s == e) continue;
            char c = text.charAt(s);
            boolean candidate = c == 'V' || c == 'D' || c == 'F' || HeaderLine.isProsign(c) || (c >= '0' && c <= '9');
            if (candidate) {
                if (isHeaderStart(lines, i)) return i;
            } else if (i > first && startsTelegramText(text, s)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Lines that only the telegram text has: past them, a header is not looked for any further, so that a
     * cable quoted inside a body-only extract is not taken for its envelope. Not TAGS: archive printouts put
     * a TAGS line of their own above the envelope.
     */
    private static boolean startsTelegramText(String text, int s) {
        return text.startsWith("E.O.", s) || text.startsWith("SUBJECT:", s) || text.startsWith("SUBJ:", s);
    }

    private static boolean isHeaderStart(Lines lines, int i) {
        String line = lines.line(i);
        HeaderLine t = new HeaderLine(line);
        if (t.isEmpty()) return false;
        String a = t.get(0);
        if (a.startsWith("VZCZC")) return true;
        if (a.equals("DE")) return t.size() >= 3 && t.get(2).startsWith("#");
        if (a.equals("ZNR") || a.equals("ZNY")) return t.size() >= 2;
        int k = dtgIndex(t);
        if (k > 0) return true;
        if (k == 0) return i + 1 < lines.count() && shapeOf(new HeaderLine(lines.line(i + 1))) == Shape.FROM;
        if (isDigraph(a) && t.size() >= 2 && allRoutingIndicators(t, 1)) {
            // FL2 without FL1: believe it when a DE line follows (past wrapped RIs and blank lines).
            for (int j = i + 1; j < lines.count() && j <= i + 4; j++) {
                HeaderLine u = new HeaderLine(lines.line(j));
                if (u.is(0, "DE")) return true;
                if (!u.isEmpty() && !allRoutingIndicators(u, 0)) return false;
            }
            return false;
        }
        if (a.equals("FM") && t.size() >= 2 && !hasLowerCase(line) && i + 1 < lines.count()) {
            String next = lines.line(i + 1);
            return new HeaderLine(next).is(0, "TO") && !hasLowerCase(next);
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading it

    /** The state of reading one envelope. */
    private static final class Reading {
        private final ReadContext ctx;
        private final Lines lines;
        private Stage stage = Stage.NONE;
        private Role role;
        private boolean delimited;
        private int headerStart;

        private TransmissionId transmission;
        private Precedence routingAction;
        private Precedence routingInfo;
        private final List<String> indicators = new ArrayList<>();
        private int routingLine = -1;
        private StationLine station;
        private SecurityWarning security;
        private FormatLine format;
        private Address from;
        private final List<Address> to = new ArrayList<>();
        private final List<Address> info = new ArrayList<>();
        private final List<String> exclusions = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();

        Reading(ReadContext ctx) {
            this.ctx = ctx;
            this.lines = ctx.lines();
        }

        Result run(int first, int start) {
            headerStart = start;
            if (start > first) {
                ctx.lay(Kind.TEXT, start - 1);
                for (int i = first; i < start; i++) {
                    if (!lines.isBlank(i)) preamble.add(lines.trimmed(i));
                }
                ctx.report("envelope-preamble", Severity.INFO, first, 0, (start - first)
                        + " line(s) before the envelope (an e-mail heading or a distribution block) are kept as"
                        + " text; the envelope starts at line " + (start + 1));
            } else if (start > 0) {
                ctx.lay(Kind.BLANK, start - 1);
            }
            int n = lines.count();
            int i = start;
            while (i < n && !delimited) {
                if (lines.isBlank(i)) {
                    int j = i + 1;
                    while (j < n && lines.isBlank(j)) j++;
                    if (j < n && continuesAfterBlank(new HeaderLine(lines.line(j)))) {
                        ctx.lay(Kind.BLANK, j - 1);
                        i = j;
                        continue;
                    }
                    break;
                }
                HeaderLine t = new HeaderLine(lines.line(i));
                Shape shape = shapeOf(t);
                if (shape == Shape.DELIMITER) {
                    ctx.lay(Kind.TEXT_DELIMITER, i);
                    delimited = true;
                } else if (fits(shape)) {
                    take(i, shape, t);
                } else if (stage.compareTo(Stage.FROM) >= 0) {
                    if (looksLikeTelegramText(t)) {
                        ctx.report("envelope-end", Severity.WARNING, i, 0, "the telegram text follows the"
                                + " address list without a blank line; put a blank line before it");
                        break;
                    }
                    address(i, t, 0);
                } else if (i + 1 < n && fits(shapeOf(new HeaderLine(lines.line(i + 1))))) {
                    ctx.lay(Kind.TEXT, i);
                    ctx.report("envelope-line", Severity.WARNING, i, 0, "line not understood inside the"
                            + " envelope (expected " + expected() + "); kept as text");
                } else {
                    break;
                }
                i++;
            }
            return finish(i);
        }

        /** Whether a line of this shape is the next part of the envelope from where the reading stands. */
        private boolean fits(Shape shape) {
            return switch (shape) {
                case TRANSMISSION -> stage == Stage.NONE;
                case ROUTING -> stage.compareTo(Stage.ROUTING) < 0;
                case ROUTING_MORE -> stage == Stage.ROUTING;
                case STATION -> stage.compareTo(Stage.STATION) < 0;
                case SECURITY -> stage.compareTo(Stage.SECURITY) < 0;
                case FORMAT -> stage.compareTo(Stage.FORMAT) < 0;
                case FROM -> stage.compareTo(Stage.FROM) < 0;
                case ROLE, PAGE -> stage.compareTo(Stage.FORMAT) >= 0;
                case DELIMITER, OTHER -> false;
            };
        }

        /** After blank lines the envelope goes on only with a later format line or another addressee. */
        private boolean continuesAfterBlank(HeaderLine t) {
            Shape shape = shapeOf(t);
            return switch (shape) {
                case TRANSMISSION, PAGE, DELIMITER -> false;
                case OTHER -> stage == Stage.ADDRESSES && isRiAddress(t);
                default -> fits(shape);
            };
        }

        private String expected() {
            return switch (stage) {
                case NONE -> "VZCZC…";
                case TRANSMISSION -> "the routing line, e.g. RR RUEHC";
                case ROUTING -> "DE RI #SSN DDDHHMM";
                case STATION -> "the security warning, e.g. ZNY CCCCC";
                case SECURITY -> "the DTG line, e.g. R 021444Z OCT 09";
                case FORMAT -> "FM PLAD";
                case FROM, ADDRESSES -> "TO or INFO";
            };
        }

        private void take(int i, Shape shape, HeaderLine t) {
            switch (shape) {
                case TRANSMISSION -> {
                    transmission(i, t);
                    ctx.lay(Kind.START_OF_MESSAGE, i);
                    stage = Stage.TRANSMISSION;
                }
                case ROUTING -> {
                    String digraph = t.get(0);
                    routingAction = Precedence.ofProsign(digraph.charAt(0));
                    routingInfo = Precedence.ofProsign(digraph.charAt(digraph.length() - 1));
                    routingLine = i;
                    for (int k = 1; k < t.size(); k++) indicators.add(t.get(k));
                    ctx.lay(Kind.ROUTING, i);
                    stage = Stage.ROUTING;
                }
                case ROUTING_MORE -> {
                    for (int k = 0; k < t.size(); k++) indicators.add(t.get(k));
                    ctx.lay(Kind.ROUTING, i);
                }
                case STATION -> {
                    station(i, t);
                    ctx.lay(Kind.STATION, i);
                    stage = Stage.STATION;
                }
                case SECURITY -> {
                    security(i, t);
                    ctx.lay(Kind.SECURITY, i);
                    stage = Stage.SECURITY;
                }
                case FORMAT -> {
                    format(i, t);
                    ctx.lay(Kind.FORMAT, i);
                    stage = Stage.FORMAT;
                }
                case FROM -> {
                    if (!t.is(0, "FM")) {
                        ctx.report("envelope-from", Severity.INFO, i, 0, "'" + t.get(0) + "' read as FM; the"
                                + " originator line is written FM PLAD");
                    }
                    AddressParser.Parsed p = parseAddress(i, t, 1, 0);
                    from = p == null ? null : p.address();
                    if (from == null) {
                        ctx.report("envelope-from", Severity.WARNING, i, 0, "FM without an originator; write"
                                + " FM and the plain language address, e.g. FM AMEMBASSY PRAGUE");
                    }
                    ctx.lay(Kind.FROM, i);
                    stage = Stage.FROM;
                }
                case ROLE -> role(i, t);
                case PAGE -> {
                    ctx.lay(Kind.PAGE_MARKER, i);
                    stage = Stage.ADDRESSES;
                }
                case DELIMITER, OTHER -> ctx.lay(Kind.TEXT, i); // never taken: fits() refuses them
            }
        }

        private void transmission(int i, HeaderLine t) {
            String a = t.get(0);
            int k = 5;
            while (k < a.length() && k < 8 && Character.isLetter(a.charAt(k))) k++;
            String channel = a.substring(5, k);
            String sequence = a.substring(k);
            transmission = new TransmissionId(channel, sequence);
            boolean ok = channel.length() == 3 && HeaderLine.isUpperLetters(channel, 0, 3)
                    && (sequence.length() == 3 || sequence.length() == 4) && HeaderLine.isDigits(sequence)
                    && t.size() == 1;
            if (!ok) {
                ctx.report("envelope-transmission", Severity.WARNING, i, 0, "FL1 is VZCZC, a 3-letter channel"
                        + " designator and a 3–4 digit channel sequence number, e.g. VZCZCXRO0224; found '"
                        + t.rest(0) + "'");
            }
        }

        private void station(int i, HeaderLine t) {
            String ri = t.get(1);
            String ssn = null;
            String section = null;
            String filingTime = t.size() > 3 ? t.get(3) : null;
            List<String> problems = new ArrayList<>(3);
            if (!HeaderLine.isRoutingIndicator(ri)) problems.add("'" + ri + "' is not a routing indicator");
            if (t.size() > 2 && t.get(2).startsWith("#")) {
                String serial = t.get(2).substring(1);
                int slash = serial.indexOf('/');
                ssn = slash < 0 ? serial : serial.substring(0, slash);
                section = slash < 0 ? null : serial.substring(slash + 1);
                if (!HeaderLine.isDigits(ssn)) problems.add("the station serial number is not digits");
                if (section != null && !HeaderLine.isDigits(section)) problems.add("the section is not digits");
            } else {
                problems.add("no #SSN after the station");
            }
            if (filingTime == null || filingTime.length() != 7 || !HeaderLine.isDigits(filingTime)) {
                problems.add("the filing time is not 7 digits (Julian day and HHMM)");
            }
            if (t.size() > 4) problems.add("unexpected '" + t.rest(4) + "' at the end");
            station = new StationLine(ri, ssn, section, filingTime);
            if (!problems.isEmpty()) {
                ctx.report("envelope-station", Severity.WARNING, i, 0, "FL3 is DE RI #SSN[/section] DDDHHMM,"
                        + " e.g. DE RUEHPG #0589 2751444: " + String.join("; ", problems));
            }
        }

        private void security(int i, HeaderLine t) {
            String prefix = t.get(0);
            String letters = t.size() > 1 ? t.get(1) : null;
            List<String> specat = new ArrayList<>();
            List<String> signals = new ArrayList<>();
            if (letters != null) {
                int slash = letters.indexOf('/');
                if (slash >= 0) {
                    addSpecat(specat, letters.substring(slash));
                    letters = letters.substring(0, slash);
                }
            }
            for (String group : groups(t, 2)) {
                if (group.startsWith("/")) addSpecat(specat, group);
                else signals.add(group);
            }
            security = new SecurityWarning(prefix, letters, specat, signals);
            String problem = securityProblem(prefix, letters);
            if (problem != null) {
                ctx.report("envelope-security", Severity.WARNING, i, 0, problem + "; FL4 is ZNR UUUUU for"
                        + " unclassified traffic, ZNY EEEEE, CCCCC, SSSSS or TTTTT otherwise");
            }
        }

        private static void addSpecat(List<String> specat, String groups) {
            for (String g : groups.split("/")) {
                if (!g.isEmpty()) specat.add(g);
            }
        }

        private static String securityProblem(String prefix, String letters) {
            if (!prefix.equals("ZNR") && !prefix.equals("ZNY")) return "unknown prefix '" + prefix + "'";
            if (letters == null) return "no security letters after " + prefix;
            if (letters.length() != 5 || !HeaderLine.isUpperLetters(letters, 0, 5)) {
                return "'" + letters + "' is not five security letters";
            }
            char c = letters.charAt(0);
            // Five equal letters, or three and a two-letter transmission release code (SSSAA).
            if (letters.charAt(1) != c || letters.charAt(2) != c) return "'" + letters + "' is not a security warning";
            if ("UECST".indexOf(c) < 0) return "'" + c + "' is not a security letter";
            if (prefix.equals("ZNR") != (c == 'U')) return prefix + " does not go with " + letters;
            return null;
        }

        private void format(int i, HeaderLine t) {
            int k = dtgIndex(t);
            Precedence precedence = k > 0 ? Precedence.ofProsign(t.text().charAt(t.start(0))) : null;
            Precedence second = k > 1 ? Precedence.ofProsign(t.text().charAt(t.start(1))) : null;
            DtgParser.Parsed parsed = DtgParser.parse(t, k);
            if (parsed.problem() != null) {
                ctx.report("envelope-dtg", Severity.ERROR, i, t.start(k), "invalid date-time group: "
                        + parsed.problem());
            }
            if (k == 0) {
                ctx.report("envelope-format", Severity.WARNING, i, 0, "FL5 has no precedence before the"
                        + " date-time group; write it first, e.g. R 021444Z OCT 09");
            }
            format = new FormatLine(precedence, second, parsed.dtg(), groups(t, k + 3));
        }

        private void role(int i, HeaderLine t) {
            String keyword = t.get(0);
            stage = Stage.ADDRESSES;
            if (keyword.equals("XMT")) {
                String plad = t.rest(1);
                if (plad.isEmpty()) {
                    ctx.report("envelope-address", Severity.WARNING, i, 0, "XMT without a plain language"
                            + " address; write the excluded post, e.g. XMT AMEMBASSY SOFIA");
                } else {
                    exclusions.add(plad);
                }
                ctx.lay(Kind.EXCLUSION, i);
                return;
            }
            String fused = fusedRole(keyword);
            if (fused != null) {
                ctx.report("envelope-address", Severity.WARNING, i, 0, "'" + keyword + "' read as " + fused
                        + " " + keyword.substring(fused.length()) + "; put a space after " + fused);
                role = fused.equals("TO") ? Role.TO : Role.INFO;
                int offset = t.start(0) + fused.length();
                add(i, new HeaderLine(t.text().substring(offset)), 0, offset);
                ctx.lay(role == Role.TO ? Kind.TO : Kind.INFO, i);
                return;
            }
            role = keyword.equals("TO") ? Role.TO : Role.INFO;
            if (t.is(1, "PAGE") && t.size() > 2 && HeaderLine.isDigits(t.get(2))) {
                // "TO PAGE 02 STATE 015113 182333Z": a page break fell inside the address list.
                ctx.lay(Kind.PAGE_MARKER, i);
                return;
            }
            if (t.size() > 1) add(i, t, 1, 0);
            ctx.lay(role == Role.TO ? Kind.TO : Kind.INFO, i);
        }

        /** A continuation line of the address list: an addressee of the current role. */
        private void address(int i, HeaderLine t, int from) {
            stage = Stage.ADDRESSES;
            if (role == null) {
                ctx.report("envelope-address", Severity.WARNING, i, 0, "addressee before any TO or INFO line;"
                        + " read as an action addressee: start the list with TO");
                role = Role.TO;
            }
            add(i, t, from, 0);
            ctx.lay(role == Role.TO ? Kind.TO : Kind.INFO, i);
        }

        /** Adds the addressee on tokens {@code from}… of {@code t}, which starts at {@code column} of line {@code i}. */
        private void add(int i, HeaderLine t, int from, int column) {
            AddressParser.Parsed p = parseAddress(i, t, from, column);
            if (p == null) return;
            (role == Role.TO ? to : info).add(p.address());
            if (p.address().plad() == null) {
                ctx.report("envelope-address", Severity.WARNING, i, 0, "addressee without a plain language"
                        + " address; write RI/PLAD, e.g. RUEHC/SECSTATE WASHDC");
            }
        }

        private AddressParser.Parsed parseAddress(int i, HeaderLine t, int from, int column) {
            if (from >= t.size()) return null;
            AddressParser.Parsed p = AddressParser.parse(t, from);
            if (p.misspelling() != null) {
                ctx.report("envelope-precedence", Severity.WARNING, i, column + p.misspellingColumn(), "'"
                        + p.misspelling() + "' read as " + p.address().precedence().word() + "; write "
                        + p.address().precedence().word());
            }
            return p;
        }

        private Result finish(int i) {
            int n = lines.count();
            int k = i;
            while (k < n && lines.isBlank(k)) k++;
            if (!delimited && k < n && shapeOf(new HeaderLine(lines.line(k))) == Shape.DELIMITER) {
                if (k > i) ctx.lay(Kind.BLANK, k - 1);
                ctx.lay(Kind.TEXT_DELIMITER, k);
                k++;
                while (k < n && lines.isBlank(k)) k++;
            }
            if (k > i) ctx.lay(Kind.BLANK, k - 1);
            if (format == null && stage.compareTo(Stage.SECURITY) >= 0) {
                ctx.report("envelope-dtg", Severity.WARNING, headerStart, 0, "the envelope has no FL5 line;"
                        + " write the precedence and date-time group, e.g. R 021444Z OCT 09");
            }
            if (from == null && stage.compareTo(Stage.FORMAT) >= 0) {
                ctx.report("envelope-from", Severity.WARNING, headerStart, 0, "the envelope has no FM line;"
                        + " write the originator, e.g. FM AMEMBASSY PRAGUE");
            }
            if (to.isEmpty() && info.isEmpty() && stage.compareTo(Stage.FORMAT) >= 0) {
                ctx.report("envelope-address", Severity.WARNING, headerStart, 0, "the envelope has no"
                        + " addressee; write TO and the action addressees, e.g. TO RUEHC/SECSTATE WASHDC");
            }
            if (routingLine >= 0 && indicators.isEmpty()) {
                ctx.report("envelope-routing", Severity.WARNING, routingLine, 0, "FL2 has no routing"
                        + " indicator after the precedence digraph");
            }
            RoutingLine routing = routingLine < 0 ? null : new RoutingLine(routingAction, routingInfo, indicators);
            Envelope envelope = new Envelope(transmission, routing, station, security, format, from, to, info,
                    exclusions, preamble);
            return new Result(envelope, k);
        }

        /**
         * The groups of an FL4 or FL5 tail: tokens, except that a parenthesised remark such as
         * {@code (CCY ADX001FB89 MSI3082)} stays one group, whether or not a space comes before it.
         */
        private static List<String> groups(HeaderLine t, int from) {
            List<String> out = new ArrayList<>();
            for (int k = from; k < t.size(); k++) {
                String g = t.get(k);
                int paren = g.indexOf('(');
                if (paren < 0) {
                    out.add(g);
                    continue;
                }
                if (paren > 0) out.add(g.substring(0, paren));
                out.add(t.text().substring(t.start(k) + paren, t.end(t.size() - 1)));
                break;
            }
            return out;
        }
    }

    /** Whether an unseparated line after the address list is plainly the telegram's first line. */
    private static boolean looksLikeTelegramText(HeaderLine t) {
        String s = t.text().stripLeading();
        int w = 0;
        while (w < s.length() && Character.isLetter(s.charAt(w))) w++;
        String word = s.substring(0, w);
        return switch (word) {
            case "UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "LIMITED", "SIPDIS", "TAGS", "SUBJECT" -> true;
            default -> s.startsWith("E.O.") || letterSpaced(s);
        };
    }

    /** {@code C O N F I D E N T I A L}, {@code S e c r e t}, {@code U N C L A S}… */
    private static boolean letterSpaced(String s) {
        if (s.length() < 5 || s.charAt(1) != ' ' || s.charAt(3) != ' ') return false;
        String head = "" + s.charAt(0) + s.charAt(2) + s.charAt(4);
        return head.equalsIgnoreCase("CON") || head.equalsIgnoreCase("SEC") || head.equalsIgnoreCase("UNC")
                || head.equalsIgnoreCase("TOP") || head.equalsIgnoreCase("LIM");
    }
}
