package org.chancery.switching.draft;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;
import org.chancery.cable.read.ClassifiedByParser;
import org.chancery.cable.read.EoLineParser;
import org.chancery.cable.read.PortionMarks;
import org.chancery.cable.read.ReferenceParser;
import org.chancery.cable.read.TagsParser;
import org.chancery.switching.network.Collective;
import org.chancery.switching.network.LevelWords;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.Station;
import org.chancery.switching.network.StationKind;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft into the typed cable the strict writer writes: resolves its addressees against the network, then
 * lays out envelope and telegram text with the numbers release assigns (or provisional ones, for lint).
 */
public final class DraftCable {

    /** The E.O. a draft cites when it names none: the order in force. */
    public static final String DEFAULT_ORDER = "13526";

    /** Default declassification: ten years from origination (E.O. 13526 §1.5). */
    public static final int DEFAULT_DECLASSIFICATION_YEARS = 10;

    private DraftCable() {
    }

    /** The draft's addressing, when it resolves, and what does not. */
    public record Resolved(Addressing addressing, List<Diagnostic> problems) {
        public Resolved {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The numbers of one release (or provisional ones).
     *
     * @param mrn          message reference number (per post per year)
     * @param time         the DTG and filing time (UTC)
     * @param mcns         message continuity numbers by addressee RI (none for collectives)
     * @param transmission FL1
     * @param routing      FL2
     */
    public record Numbers(int mrn, ZonedDateTime time, Map<String, Integer> mcns, Envelope.TransmissionId transmission,
                          Envelope.RoutingLine routing) {
        public Numbers {
            mcns = Map.copyOf(mcns);
        }

        public Numbers with(Envelope.TransmissionId t, Envelope.RoutingLine r) {
            return new Numbers(mrn, time, mcns, t, r);
        }
    }

    /** Resolves originator, classification, addressees and exclusions; every failure is an error finding. */
    public static Resolved resolve(DraftContent c, Network network) {
        List<Diagnostic> problems = new ArrayList<>();
        Station origin = null;
        if (c.originator() == null || c.originator().isBlank()) {
            problems.add(problem("draft-originator", "no originator: name the originating post by RI or PLAD"));
        } else {
            Optional<Station> s = network.station(c.originator());
            if (s.isEmpty()) {
                problems.add(problem("draft-originator", "originator " + c.originator() + " is not a station of the"
                        + " network"));
            } else if (s.get().postWord() == null
                    || (s.get().kind() != StationKind.POST && s.get().kind() != StationKind.DEPARTMENT)) {
                problems.add(problem("draft-originator", "originator " + c.originator() + " is a "
                        + s.get().kind().word() + " without a post word: only posts and the Department originate"
                        + " cables"));
            } else {
                origin = s.get();
            }
        }
        Level level = LevelWords.parse(c.classification());
        if (level == null) {
            problems.add(problem("draft-classification", c.classification() == null ? "no classification"
                    : "\"" + c.classification() + "\" is not a classification (" + LevelWords.EXPECTED + ")"));
        }
        Precedence fallback = Precedence.ROUTINE;
        if (c.precedence() != null) {
            Precedence p = Precedence.ofWord(c.precedence());
            if (p == null) problems.add(problem("draft-precedence", "\"" + c.precedence() + "\" is not a precedence"));
            else fallback = p;
        }
        List<AddressLine> to = lines(c.to(), true, fallback, network, problems);
        List<AddressLine> info = lines(c.info(), false, fallback, network, problems);
        if (to.isEmpty() && c.to().isEmpty()) {
            problems.add(problem("draft-addressee", "no action addressee: a cable needs at least one TO"));
        }
        List<Station> exclusions = new ArrayList<>();
        for (String x : c.exclude()) {
            Optional<Station> s = network.station(x);
            if (s.isEmpty()) problems.add(problem("draft-exclusion", "XMT " + x + " is not a station of the network"));
            else exclusions.add(s.get());
        }
        boolean anyCollective = to.stream().anyMatch(AddressLine::isCollective)
                || info.stream().anyMatch(AddressLine::isCollective);
        if (!exclusions.isEmpty() && !anyCollective) {
            problems.add(problem("draft-exclusion", "XMT excludes posts from a collective, but no collective is"
                    + " addressed"));
        }
        Addressing a = origin == null || level == null ? null : new Addressing(origin, level, to, info, exclusions);
        return new Resolved(problems.isEmpty() ? a : null, problems);
    }

    private static List<AddressLine> lines(List<Addressee> list, boolean action, Precedence fallback, Network network,
                                           List<Diagnostic> problems) {
        List<AddressLine> out = new ArrayList<>();
        for (Addressee a : list) {
            if (a == null || a.address() == null || a.address().isBlank()) {
                problems.add(problem("draft-addressee", "an empty " + (action ? "TO" : "INFO") + " addressee"));
                continue;
            }
            Precedence p = fallback;
            if (a.precedence() != null) {
                p = Precedence.ofWord(a.precedence());
                if (p == null) {
                    problems.add(problem("draft-precedence", "\"" + a.precedence() + "\" of " + a.address()
                            + " is not a precedence (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE)"));
                    continue;
                }
            }
            Optional<Collective> col = network.collective(a.address());
            Optional<Station> st = network.station(a.address());
            if (col.isPresent()) out.add(new AddressLine(null, col.get(), p, action));
            else if (st.isPresent()) out.add(new AddressLine(st.get(), null, p, action));
            else problems.add(problem("draft-addressee", "addressee " + a.address() + " is not a station or"
                    + " collective of the network"));
        }
        return out;
    }

    /** The canonical id: two-digit year, post id prefix, MRN without leading zeros ({@code 09PRAGUE589}). */
    public static String cableId(Addressing a, Numbers n) {
        int yy = Math.floorMod(n.time().getYear(), 100);
        return (yy < 10 ? "0" : "") + yy + Posts.builtIn().idPrefix(a.origin().postWord()) + n.mrn();
    }

    /** The cable as released with these numbers. */
    public static Cable cable(DraftContent c, Addressing a, Numbers n) {
        return new Cable(envelope(a, n), telegram(c, a, n));
    }

    private static Envelope envelope(Addressing a, Numbers n) {
        ZonedDateTime t = n.time();
        String mrn = pad(n.mrn(), 6);
        String ssn = mrn.substring(2);
        String filing = pad(t.getDayOfYear(), 3) + pad(t.getHour(), 2) + pad(t.getMinute(), 2);
        Level level = a.classification();
        Envelope.SecurityWarning fl4 = level.isClassified()
                ? new Envelope.SecurityWarning("ZNY", String.valueOf(level.securityLetter()).repeat(5), List.of(),
                List.of("ZZH"))
                : new Envelope.SecurityWarning("ZNR", "UUUUU", List.of(), List.of("ZZH"));
        // FL5 gives one precedence, the highest action one, as State's cables do; an addressee at another
        // precedence has it written on its line (RUEKJCS/SECDEF WASHDC PRIORITY).
        Precedence action = Addressing.highest(a.to());
        if (action == null) action = Addressing.highest(a.info());
        if (action == null) action = Precedence.ROUTINE;
        Dtg dtg = Dtg.zulu(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
        Envelope.FormatLine fl5 = new Envelope.FormatLine(action, null, dtg, List.of());
        List<Address> to = new ArrayList<>();
        for (AddressLine l : a.to()) to.add(address(l, action, n));
        List<Address> infos = new ArrayList<>();
        for (AddressLine l : a.info()) infos.add(address(l, action, n));
        return new Envelope(n.transmission(), n.routing(),
                new Envelope.StationLine(a.origin().ri(), ssn, null, filing), fl4, fl5,
                new Address(null, a.origin().plad(), null, null), to, infos,
                a.exclusions().stream().map(Station::plad).toList());
    }

    /** The precedence is written when it differs from what FL5 implies for the line; collectives carry no MCN. */
    private static Address address(AddressLine l, Precedence implied, Numbers n) {
        Integer mcn = l.isCollective() ? null : n.mcns().get(l.ri());
        return new Address(l.ri(), l.plad(), l.precedence() == implied ? null : l.precedence(),
                mcn == null ? null : pad(mcn, 4));
    }

    private static Telegram telegram(DraftContent c, Addressing a, Numbers n) {
        Level level = a.classification();
        ClassificationLine line = new ClassificationLine(level, null, false, List.of(), null, null,
                a.origin().postWord(), pad(n.mrn(), 6));
        String order = c.executiveOrder() == null || c.executiveOrder().isBlank() ? DEFAULT_ORDER
                : c.executiveOrder().strip();
        EoLine eo = EoLineParser.parse("E.O. " + order + ": " + (level.isClassified()
                ? "DECL: " + declassify(c.declassify(), n.time().toLocalDate()) : "N/A"));
        int yy = Math.floorMod(n.time().getYear(), 100);
        List<Tag> tags = c.tags().isEmpty() ? List.of() : TagsParser.parse(String.join(" ", c.tags())).tags();
        Subject subject = null;
        if (c.subject() != null && !c.subject().isBlank()) {
            Marked m = marked(c.subject());
            subject = new Subject(m.mark(), m.text());
        }
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < c.references().size(); i++) {
            String item = c.references().get(i).strip();
            List<Reference> parsed = ReferenceParser.parse(item, yy);
            Reference r = parsed.isEmpty() ? new Reference(null, org.chancery.cable.model.ReferenceKind.OTHER, null,
                    item, false) : parsed.get(0);
            String letter = c.references().size() > 1 ? String.valueOf((char) ('A' + i)) : null;
            refs.add(new Reference(letter, r.kind(), r.id(), item, r.notal()));
        }
        ClassifiedBy by = c.classifiedBy() == null || c.classifiedBy().isBlank() ? null
                : ClassifiedByParser.parse("Classified By: " + c.classifiedBy().strip());
        List<Block> body = new ArrayList<>();
        for (String p : c.paragraphs()) {
            Marked m = marked(p);
            body.add(new Block.Paragraph(null, m.mark(), m.text()));
        }
        List<String> signers = c.signature() == null || c.signature().isBlank() ? List.of()
                : List.of(c.signature().strip());
        return new Telegram(line, c.captions(), c.passing(), eo, tags, subject, refs, by, body, signers);
    }

    private record Marked(PortionMark mark, String text) {
    }

    /** {@code "(C) Text"} → mark C and {@code "Text"}; text without a mark as it is. */
    private static Marked marked(String s) {
        String t = s.strip();
        PortionMarks.Found f = PortionMarks.at(t, 0);
        if (f == null) return new Marked(null, collapse(t));
        return new Marked(f.mark(), collapse(t.substring(f.end()).strip()));
    }

    private static String collapse(String s) {
        return String.join(" ", s.split("\\s+"));
    }

    /**
     * The instruction after {@code DECL:}: an ISO or MM/DD/YYYY date written MM/DD/YYYY, an event or exemption as
     * written, ten years from {@code origin} when none is given.
     */
    static String declassify(String d, LocalDate origin) {
        if (d == null || d.isBlank()) return mmddyyyy(origin.plusYears(DEFAULT_DECLASSIFICATION_YEARS));
        String t = d.strip();
        try {
            return mmddyyyy(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return t;
        }
    }

    private static String mmddyyyy(LocalDate d) {
        return pad(d.getMonthValue(), 2) + "/" + pad(d.getDayOfMonth(), 2) + "/" + pad(d.getYear(), 4);
    }

    static Diagnostic problem(String rule, String message) {
        return new Diagnostic(rule, Severity.ERROR, 0, 0, message);
    }

    static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
