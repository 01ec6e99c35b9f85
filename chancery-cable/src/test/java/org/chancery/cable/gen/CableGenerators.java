package org.chancery.cable.gen;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.model.Telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * jqwik generators of valid cables in the normalised form the reader returns: fictional content in the real
 * format (real posts, routing indicators and tags; invented people and prose). Single spaces, trimmed text,
 * upper case where the format is upper case, portion marks no higher than the banner, SSN = the MRN's last
 * four digits, filing time = the DTG, references cited with canonical ids.
 */
public final class CableGenerators {

    private CableGenerators() {
    }

    /** A post that originates cables: classification-line word, PLAD and routing indicator. */
    public record Origin(String post, String plad, String ri) {
    }

    public static final List<Origin> ORIGINS = List.of(
            new Origin("PRAGUE", "AMEMBASSY PRAGUE", "RUEHPG"),
            new Origin("ROME", "AMEMBASSY ROME", "RUEHRO"),
            new Origin("PARIS", "AMEMBASSY PARIS", "RUEHFR"),
            new Origin("BRUSSELS", "AMEMBASSY BRUSSELS", "RUEHBS"),
            new Origin("MOSCOW", "AMEMBASSY MOSCOW", "RUEHMO"),
            new Origin("LONDON", "AMEMBASSY LONDON", "RUEHLO"),
            new Origin("BERLIN", "AMEMBASSY BERLIN", "RUEHRL"),
            new Origin("WARSAW", "AMEMBASSY WARSAW", "RUEHWR"),
            new Origin("ANKARA", "AMEMBASSY ANKARA", "RUEHAK"),
            new Origin("CAIRO", "AMEMBASSY CAIRO", "RUEHEG"),
            new Origin("BOGOTA", "AMEMBASSY BOGOTA", "RUEHBO"),
            new Origin("BEIJING", "AMEMBASSY BEIJING", "RUEHBJ"),
            new Origin("TOKYO", "AMEMBASSY TOKYO", "RUEHKO"),
            new Origin("NEW DELHI", "AMEMBASSY NEW DELHI", "RUEHNE"),
            new Origin("THE HAGUE", "AMEMBASSY THE HAGUE", "RUEHTC"),
            new Origin("FRANKFURT", "AMCONSUL FRANKFURT", "RUEHFT"),
            new Origin("STATE", "SECSTATE WASHDC", "RUEHC"));

    private static final List<Address> COLLECTIVES = List.of(
            Address.of("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE"),
            Address.of("RUCNMEM", "EU MEMBER STATES COLLECTIVE"),
            Address.of("RUEHXP", "ALL NATO POST COLLECTIVE"));

    private static final List<Address> WASHINGTON = List.of(
            Address.of("RHEHNSC", "NSC WASHDC"),
            Address.of("RUEKJCS", "SECDEF WASHDC"),
            Address.of("RUEAIIA", "CIA WASHDC"),
            Address.of("RUEAMDA", "MDA WASHINGTON DC"));

    private static final List<String> SUBJECT_TAGS = List.of("PREL", "PGOV", "PARM", "ECON", "EFIN", "MARR",
            "PHUM", "PTER", "ETRD", "ENRG", "SOCI", "PINR");
    private static final List<String> PROGRAM_TAGS = List.of("KDEM", "KPAO", "KCRM", "KNNP", "KJUS");
    private static final List<String> GEO_TAGS = List.of("EZ", "IT", "FR", "BE", "RS", "UK", "GM", "PL", "TU",
            "EG", "CO", "CH", "JA", "IN", "NL");
    private static final List<String> ORG_TAGS = List.of("EUN", "NATO", "UNSC", "OSCE");
    private static final List<String> PERSONS = List.of("SMITH, JOHN", "NOVAK, JANA", "ROSSI, MARCO",
            "DUPONT, CLAIRE");

    private static final List<String> TITLES = List.of("Ambassador", "Charge d'Affaires", "DCM",
            "Political Counselor", "Economic Officer", "Charge");
    private static final List<String> NAMES = List.of("Mary Thompson-Jones", "John Q. Baker", "Ellen Park",
            "Robert Castillo", "Anne Whitfield", "David Okafor");
    private static final List<String> SIGNERS = List.of("THOMPSON-JONES", "BAKER", "PARK", "CASTILLO",
            "WHITFIELD", "OKAFOR");

    /** Words of realistic prose; none is a keyword of the format, a number or a mark. */
    private static final List<String> WORDS = List.of("the", "the", "the", "and", "and", "of", "of", "to", "to",
            "in", "on", "with", "for", "that", "would", "said", "noted", "agreed", "discussed", "ministry",
            "embassy", "government", "minister", "officials", "delegation", "cooperation", "security",
            "parliament", "election", "reform", "budget", "trade", "energy", "talks", "proposal", "support",
            "Ministry", "Czech", "U.S.", "Polish", "October", "next", "week", "strategic", "dialogue", "defense",
            "paper", "meeting", "pleased", "concerns", "approach", "partners", "regional", "economic",
            "political", "director", "coalition", "opposition", "priority", "follow-up", "non-paper", "emboff");

    private static final List<String> SUBJECT_WORDS = List.of("CZECH", "ITALIAN", "MINISTRY", "COMMENTS",
            "ON", "U.S.-EU", "STRATEGIC", "COOPERATION", "ELECTION", "BUDGET", "TALKS", "ENERGY", "SECURITY",
            "REFORM", "AND", "THE", "DEFENSE", "DIALOGUE", "TRADE", "VISIT", "OPPOSITION", "COALITION");

    private static final List<String> SUBHEADINGS = List.of("POLITICAL OUTLOOK", "ENERGY SECURITY",
            "NEXT STEPS", "THE WAY FORWARD");

    private static final Precedence[] FL_PRECEDENCES =
            {Precedence.ROUTINE, Precedence.PRIORITY, Precedence.IMMEDIATE, Precedence.FLASH};

    /** The facts that tie the parts of one cable together. */
    private record Basics(Origin origin, Level level, Dtg dtg, int serial, boolean efto) {
        String mrn() {
            return String.format(java.util.Locale.ROOT, "%06d", serial);
        }

        String ssn() {
            return String.format(java.util.Locale.ROOT, "%04d", serial % 10000);
        }

        String yy() {
            return String.format(java.util.Locale.ROOT, "%02d", dtg.year() % 100);
        }
    }

    /** Valid cables, with an envelope (nine in ten) or without. */
    public static Arbitrary<Cable> cables() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, cablesWithEnvelope()),
                net.jqwik.api.Tuple.of(1, basics().flatMap(b -> telegram(b, false).map(t -> new Cable(null, t)))));
    }

    /** Valid cables that always carry an envelope. */
    public static Arbitrary<Cable> cablesWithEnvelope() {
        return basics().flatMap(b -> Combinators.combine(envelope(b), telegram(b, true)).as(Cable::new));
    }

    private static Arbitrary<Basics> basics() {
        // Some sources write the DTG's year with four digits after 2000; the model keeps which.
        Arbitrary<Dtg> dtg = Combinators.combine(
                        Arbitraries.integers().between(2001, 2010),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, 2), net.jqwik.api.Tuple.of(1, 4)))
                .as((y, mo, d, h, mi, digits) -> new Dtg(y, mo, d, h, mi, 'Z', digits));
        return Combinators.combine(
                        Arbitraries.of(ORIGINS),
                        Arbitraries.of(Level.UNCLASSIFIED, Level.SBU, Level.CONFIDENTIAL, Level.SECRET),
                        dtg,
                        Arbitraries.integers().between(1, 999_999),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true)))
                // EFTO (encrypted for transmission only) marks unclassified traffic only
                .as((o, level, d, serial, efto) -> new Basics(o, level, d, serial, efto && level == Level.UNCLASSIFIED));
    }

    // ------------------------------------------------------------------------------------------- envelope

    private static Arbitrary<Envelope> envelope(Basics b) {
        Arbitrary<Envelope.TransmissionId> fl1 = Combinators.combine(
                        Arbitraries.of("XRO", "XYZ", "XRR", "XXY"),
                        Arbitraries.integers().between(0, 9999))
                .as((channel, seq) -> new Envelope.TransmissionId(channel,
                        String.format(java.util.Locale.ROOT, "%04d", seq)));
        Arbitrary<Precedence> precedence = Arbitraries.of(FL_PRECEDENCES);
        Arbitrary<List<String>> relays = Arbitraries.of(ORIGINS).map(Origin::ri).list().ofMinSize(1).ofMaxSize(8)
                .uniqueElements();
        Arbitrary<Address> to = Combinators.combine(
                        Arbitraries.of(Precedence.IMMEDIATE, Precedence.PRIORITY, Precedence.NIACT_IMMEDIATE)
                                .injectNull(0.6),
                        mcn())
                .as((p, mcn) -> b.origin().ri().equals("RUEHC")
                        ? new Address("RUEHPG", "AMEMBASSY PRAGUE", p, mcn)
                        : new Address("RUEHC", "SECSTATE WASHDC", p, mcn));
        // an info addressee may be woken at night: NIACT IMMEDIATE applies to the addressee it is written on
        Arbitrary<Precedence> infoWord = Arbitraries.frequency(net.jqwik.api.Tuple.of(8, (Precedence) null),
                net.jqwik.api.Tuple.of(1, Precedence.IMMEDIATE), net.jqwik.api.Tuple.of(1, Precedence.NIACT_IMMEDIATE));
        Arbitrary<List<Address>> info = Arbitraries.oneOf(
                        Arbitraries.of(COLLECTIVES),
                        Arbitraries.of(WASHINGTON),
                        Combinators.combine(Arbitraries.of(ORIGINS), infoWord, mcn())
                                .as((o, p, mcn) -> new Address(o.ri(), o.plad(), p, mcn)))
                .list().ofMaxSize(5)
                .filter(list -> list.stream().map(Address::ri).distinct().count() == list.size());
        Arbitrary<List<String>> exclusions = Arbitraries.of("AMEMBASSY SOFIA", "AMCONSUL KRAKOW")
                .list().ofMaxSize(1);
        String letters = b.efto() ? "EEEEE" : String.valueOf(b.level().securityLetter()).repeat(5);
        Arbitrary<List<String>> specat = b.level().isClassified()
                ? Arbitraries.of(List.<String>of(), List.of(), List.of(), List.of(), List.of("AAAAA"), List.of("BBBBB"),
                        List.of("AAAAA", "FFFFF"))
                : Arbitraries.just(List.of());
        Arbitrary<Envelope.SecurityWarning> fl4 = specat.map(groups -> new Envelope.SecurityWarning(
                b.level().isClassified() || b.efto() ? "ZNY" : "ZNR", letters, groups, List.of("ZZH")));
        Arbitrary<List<String>> instructions = Arbitraries.of(List.<String>of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("ZEX"), List.of("ZFF"), List.of("ZFF", "ZEX"));
        Arbitrary<List<String>> preamble = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(List.<String>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(PREAMBLES)));
        String julian = String.format(java.util.Locale.ROOT, "%03d%02d%02d",
                b.dtg().toZonedDateTime().getDayOfYear(), b.dtg().hour(), b.dtg().minute());
        // The info precedence of the FL2 digraph never outranks the action precedence.
        Arbitrary<Precedence[]> digraph = precedence.flatMap(action -> precedence
                .filter(infoPrecedence -> !infoPrecedence.outranks(action))
                .map(infoPrecedence -> new Precedence[] {action, infoPrecedence}));
        return Combinators.combine(fl1, digraph, relays, to, info, exclusions, fl4, instructions)
                .flatAs((id, pair, ris, action1, infos, xmt, warning, zsignals) -> preamble.map(above -> new Envelope(
                        id,
                        new Envelope.RoutingLine(pair[0], pair[1], ris),
                        new Envelope.StationLine(b.origin().ri(), b.ssn(), null, julian),
                        warning,
                        new Envelope.FormatLine(pair[0], null, b.dtg(), zsignals),
                        Address.of(null, b.origin().plad()),
                        List.of(action1),
                        infos,
                        infos.stream().anyMatch(Address::isCollective) ? xmt : List.of(),
                        above)));
    }

    /** What older cables carry above the envelope: the Department's distribution block, an archive line. */
    private static final List<List<String>> PREAMBLES = List.of(
            List.of("ACTION EUR-00", "INFO LOG-00 NP-00 CIAE-00 DODE-00 INR-00 /001W"),
            List.of("ORIGIN EUR-12", "INFO OCT-01 ISO-00 SS-15 NSC-05 /033 R", "DRAFTED BY EUR/CE:JQBAKER",
                    "APPROVED BY EUR:EPARK"),
            List.of("THIS RECORD IS A PARTIAL EXTRACT OF THE ORIGINAL CABLE."));

    private static Arbitrary<String> mcn() {
        return Arbitraries.integers().between(1, 9999)
                .map(n -> String.format(java.util.Locale.ROOT, "%04d", n));
    }

    // ------------------------------------------------------------------------------------------- telegram

    /** Without an envelope there is no DTG to date a year-less reference by, so every reference has a year. */
    private static Arbitrary<Telegram> telegram(Basics b, boolean dated) {
        Level level = b.level();
        ClassificationLine classification = new ClassificationLine(level,
                level == Level.UNCLASSIFIED ? "UNCLAS" : level == Level.SBU ? "LIMITED OFFICIAL USE" : level.word(),
                b.efto(), List.of(), null, null, b.origin().post(), b.mrn());
        Arbitrary<List<String>> captions = level.isClassified()
                ? Arbitraries.of(List.of(), List.of("SIPDIS"), List.of("NOFORN", "SIPDIS"), List.of("EXDIS"))
                : Arbitraries.of(List.of(), List.of("SIPDIS"), List.of("SENSITIVE"), List.of("SENSITIVE", "SIPDIS"));
        Arbitrary<List<String>> passing = Arbitraries.of(List.of(), List.of(), List.of(), List.of("DEPT FOR EUR/CE"),
                List.of("DEPT FOR EUR/RPM AND PM"), List.of("PASS TO USTR"),
                List.of("DEPT FOR EUR/CE", "NSC FOR SENIOR DIRECTOR"));
        // text kept from between the heading fields: the reader gives it as one Text block before the paragraphs
        Arbitrary<List<Block>> kept = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(List.<Block>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(
                        List.<Block>of(new Block.Text("EMBASSY " + b.origin().post() + " MESSAGE NO. 107/" + b.yy())),
                        List.<Block>of(new Block.Text("NOT TO BE RELEASED OUTSIDE THE DEPARTMENT\nHANDLE ON A NEED TO KNOW"
                                + " BASIS")))));
        Dtg d = b.dtg();
        Arbitrary<List<Block>> body = paragraphs(level, b.origin().post().replace(" ", ""), b.serial(),
                String.format(java.util.Locale.ROOT, "%02d%02d%02dZ", d.day(), d.hour(), d.minute()));
        return Combinators.combine(captions, passing, eo(b), tags(), subject(level), references(b, dated),
                        classifiedBy(level), body)
                .flatAs((caps, pass, eo, tags, subject, refs, by, paragraphs) -> Combinators.combine(
                                Arbitraries.of(SIGNERS), kept)
                        .as((signer, text) -> {
                            List<Block> all = new ArrayList<>(text);
                            all.addAll(paragraphs);
                            return new Telegram(classification, caps, pass, eo, tags, subject, refs, by, all,
                                    List.of(signer));
                        }));
    }

    private static Arbitrary<EoLine> eo(Basics b) {
        String current = b.dtg().year() >= 2010 ? "13526" : "12958";
        // a cable cites the order it was classified under: older ones (11652, 12065) in retransmitted traffic
        Arbitrary<String> orders = Arbitraries.frequency(net.jqwik.api.Tuple.of(8, current),
                net.jqwik.api.Tuple.of(1, "11652"), net.jqwik.api.Tuple.of(1, "12065"));
        if (!b.level().isClassified()) {
            return orders.map(order -> new EoLine(order, new Declassification.NotApplicable(), "N/A"));
        }
        LocalDate origin = LocalDate.of(b.dtg().year(), b.dtg().month(), b.dtg().day());
        Arbitrary<Declassification> instruction = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(365, 25 * 365)
                        .map(days -> (Declassification) new Declassification.OnDate(origin.plusDays(days)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("AFTER KOREAN UNIFICATION", "END OF NEGOTIATIONS")
                        .map(Declassification.OnEvent::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("25X1", "25X6").map(Declassification.Exemption::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Declassification.Oadr())));
        return Combinators.combine(orders, instruction).as((order, d) -> new EoLine(order, d, declassificationText(d)));
    }

    /** The instruction as the E.O. line writes it, here spelled out independently of the writer. */
    static String declassificationText(Declassification d) {
        if (d instanceof Declassification.OnDate od) {
            LocalDate x = od.date();
            return String.format(java.util.Locale.ROOT, "DECL: %02d/%02d/%04d", x.getMonthValue(),
                    x.getDayOfMonth(), x.getYear());
        }
        if (d instanceof Declassification.OnEvent ev) return "DECL: " + ev.event();
        if (d instanceof Declassification.Exemption ex) return "DECL: " + ex.code();
        if (d instanceof Declassification.Oadr) return "DECL: OADR";
        return "N/A";
    }

    private static Arbitrary<List<Tag>> tags() {
        Arbitrary<List<Tag>> subjects = Arbitraries.of(SUBJECT_TAGS).map(c -> Tag.of(c, TagKind.SUBJECT))
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<List<Tag>> programs = Arbitraries.of(PROGRAM_TAGS).map(c -> Tag.of(c, TagKind.PROGRAM))
                .list().ofMaxSize(1);
        Arbitrary<List<Tag>> geo = Arbitraries.of(GEO_TAGS).map(c -> Tag.of(c, TagKind.GEOGRAPHIC))
                .list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        Arbitrary<List<Tag>> orgs = Arbitraries.of(ORG_TAGS).map(c -> Tag.of(c, TagKind.ORGANIZATION))
                .list().ofMaxSize(1);
        Arbitrary<List<Tag>> persons = Arbitraries.of(PERSONS).map(p -> new Tag("OVIP", TagKind.PERSON, p))
                .list().ofMaxSize(1);
        return Combinators.combine(subjects, programs, geo, orgs, persons).as((s, p, g, o, v) -> {
            List<Tag> all = new ArrayList<>(s);
            all.addAll(p);
            all.addAll(g);
            all.addAll(o);
            all.addAll(v);
            return all;
        });
    }

    private static Arbitrary<Subject> subject(Level banner) {
        Arbitrary<String> text = Arbitraries.of(SUBJECT_WORDS).list().ofMinSize(2).ofMaxSize(16)
                .map(words -> String.join(" ", words));
        Arbitrary<PortionMark> mark = mark(banner).injectNull(0.5);
        return Combinators.combine(mark, text).as(Subject::new);
    }

    private static Arbitrary<List<Reference>> references(Basics b, boolean dated) {
        Arbitrary<Reference> cable = Combinators.combine(
                        Arbitraries.of(ORIGINS),
                        Arbitraries.integers().between(1, 99_999),
                        Arbitraries.integers().between(0, 3).map(back -> b.dtg().year() - back),
                        dated ? Arbitraries.of(true, false, false) : Arbitraries.just(true),
                        Arbitraries.of(false, false, false, true))
                .as((o, number, year, withYear, notal) -> {
                    String yy = String.format(java.util.Locale.ROOT, "%02d", year % 100);
                    String cited = (withYear ? yy + " " + o.post() + " " + number : o.post() + " " + number)
                            + (notal ? " (NOTAL)" : "");
                    String id = (withYear ? yy : b.yy()) + o.post().replace(" ", "") + number;
                    return new Reference(null, ReferenceKind.CABLE, id, cited, notal);
                });
        Arbitrary<Reference> email = Combinators.combine(Arbitraries.of("BAKER-PARK", "CASTILLO-OKAFOR"),
                        Arbitraries.integers().between(1, 28))
                .as((who, day) -> new Reference(null, ReferenceKind.EMAIL, null, String.format(java.util.Locale.ROOT,
                        "%s E-MAIL DATED %02d.%02d.%04d", who, b.dtg().month(), day, b.dtg().year()), false));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, cable), net.jqwik.api.Tuple.of(1, email))
                .list().ofMaxSize(3).map(list -> {
            if (list.size() < 2) return list;
            List<Reference> lettered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Reference r = list.get(i);
                lettered.add(new Reference(String.valueOf((char) ('A' + i)), r.kind(), r.id(), r.text(),
                        r.notal()));
            }
            return lettered;
        });
    }

    private static Arbitrary<ClassifiedBy> classifiedBy(Level level) {
        if (!level.isClassified()) return Arbitraries.just(null);
        Arbitrary<List<String>> reasons = Arbitraries.of("a", "b", "c", "d", "e", "g", "h")
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements()
                .map(letters -> letters.stream().sorted().map(l -> "1.4(" + l + ")").toList());
        return Combinators.combine(Arbitraries.of(TITLES), Arbitraries.of(NAMES), reasons)
                .as((title, name, rs) -> new ClassifiedBy(name, title, rs,
                        "Classified By: " + classifiedByText(title, name, rs)));
    }

    /** The statement as the writer words it after {@code Classified By: }, spelled out independently. */
    static String classifiedByText(String title, String name, List<String> reasons) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < reasons.size(); i++) {
            String letter = reasons.get(i).substring(3);
            if (i > 0) letters.append(i == reasons.size() - 1 ? " and " : ", ");
            letters.append(letter);
        }
        return title + " " + name + " for reason" + (reasons.size() > 1 ? "s" : "") + " 1.4 " + letters + ".";
    }

    private static Arbitrary<List<Block>> paragraphs(Level banner, String post, int serial, String dtgText) {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(30)
                .map(words -> {
                    String s = String.join(" ", words);
                    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
                });
        Arbitrary<String> text = sentence.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join(" ", s));
        Arbitrary<Block.Paragraph> paragraph = Combinators.combine(mark(banner), text)
                .as((m, t) -> new Block.Paragraph(null, m, t));
        // A page marker (as read from older cables) now and then before a paragraph after the first.
        Arbitrary<List<Boolean>> markers = Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false),
                net.jqwik.api.Tuple.of(1, true)).list().ofSize(8);
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(8), markers).as((list, marked) -> {
            if (list.size() == 1) return List.<Block>copyOf(list);
            List<Block> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0 && marked.get(i)) {
                    numbered.add(new Block.PageMarker(String.format(java.util.Locale.ROOT,
                            "PAGE %02d %s %05d 01 OF 01 %s", i + 1, post, serial % 100_000, dtgText)));
                } else if (i > 0 && marked.get(i - 1)) {
                    // a subheading: a paragraph without number or mark
                    numbered.add(new Block.Paragraph(null, null, SUBHEADINGS.get(i % SUBHEADINGS.size())));
                }
                numbered.add(new Block.Paragraph(i + 1, list.get(i).marking(), list.get(i).text()));
            }
            return numbered;
        });
    }

    /** A portion mark no higher than the banner; NOFORN only on classified portions. */
    private static Arbitrary<PortionMark> mark(Level banner) {
        List<PortionMark> marks = new ArrayList<>();
        marks.add(new PortionMark(Level.UNCLASSIFIED, List.of(), "U"));
        if (banner.dominates(Level.SBU)) marks.add(new PortionMark(Level.SBU, List.of(), "SBU"));
        if (banner.dominates(Level.CONFIDENTIAL)) {
            marks.add(new PortionMark(Level.CONFIDENTIAL, List.of(), "C"));
            marks.add(new PortionMark(Level.CONFIDENTIAL, List.of("NOFORN"), "C/NF"));
        }
        if (banner.dominates(Level.SECRET)) {
            marks.add(new PortionMark(Level.SECRET, List.of(), "S"));
            marks.add(new PortionMark(Level.SECRET, List.of("NOFORN"), "S/NF"));
        }
        return Arbitraries.of(marks);
    }
}
