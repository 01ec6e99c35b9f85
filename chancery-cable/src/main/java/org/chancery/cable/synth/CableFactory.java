package org.chancery.cable.synth;

import org.chancery.cable.catalog.Tags;
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
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the cables of one corpus, one after the other, from one seeded random source and the state that ties
 * cables together: the clock, MRNs per post and year, channel sequence numbers per station, MCNs (in
 * {@link Addressing}) and the cables earlier ones may cite ({@link History}). Not thread-safe: one corpus, one
 * thread, one order — that is what makes it repeatable.
 */
final class CableFactory {

    /** E.O. 13526 replaced E.O. 12958 at the end of 2009. */
    static final int EO_13526_FROM = 2010;
    /** E.O. 13292 renumbered the reasons from 1.5 to 1.4 on 25 March 2003. */
    static final LocalDate REASONS_RENUMBERED = LocalDate.of(2003, 3, 25);

    private static final Weighted<Precedence> PRECEDENCES = Weighted.of(Precedence.ROUTINE, 62.0,
            Precedence.PRIORITY, 24.0, Precedence.IMMEDIATE, 12.5, Precedence.NIACT_IMMEDIATE, 1.2,
            Precedence.FLASH, 0.3);
    private static final Weighted<Integer> PARAGRAPHS = Weighted.of(2, 6, 3, 10, 4, 14, 5, 15, 6, 14, 7, 11, 8, 9,
            9, 7, 10, 5, 11, 4, 12, 3);
    /**
     * Characters of paragraph text most cables hold, so that their telegram text stays within one section of the
     * canonical writer (6,000 characters, heading included).
     */
    static final int BODY_BUDGET = 4600;
    /** The share of long cables, sent as several sections (Cablegate: about one cable in twelve). */
    static final double LONG_SHARE = 0.07;
    /** The paragraph text of a long cable: from a little over one section to about three. */
    static final int LONG_BUDGET_MIN = 7000;
    static final int LONG_BUDGET_MAX = 16000;
    private static final int MIN_PARAGRAPH = 160;
    private static final Weighted<Integer> REFERENCES = Weighted.of(0, 45, 1, 30, 2, 14, 3, 8, 4, 3);

    private final long seed;
    private final SplittableRandom r;
    private final Stations stations;
    private final Topics topics;
    private final Names names;
    private final Tags tagCatalog;
    private final Clock clock;
    private final Addressing addressing;
    private final History history;
    /** MRN counters per id prefix (posts sharing a prefix, like the two Brussels missions, share the series). */
    private final Map<String, int[]> mrns = new HashMap<>();
    /** Channel sequence numbers per station RI. */
    private final Map<String, int[]> channelSequences = new HashMap<>();

    CableFactory(long seed, int startYear, int years, long count) {
        this.seed = seed;
        this.r = new SplittableRandom(seed);
        this.stations = Stations.builtIn();
        this.topics = Topics.builtIn();
        this.names = Names.builtIn();
        this.tagCatalog = Tags.builtIn();
        this.clock = new Clock(stations, startYear, years, count);
        this.addressing = new Addressing(seed, stations, Recipients.builtIn());
        this.history = new History(stations.all().size() + 1);
    }

    Cable next() {
        long minute = clock.next(r);
        Station sender = stations.sender(r, clock.hourOfWeek(minute));
        LocalDateTime time = LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
        Dtg dtg = Dtg.zulu(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
                time.getMinute());
        Station about = sender.isDepartment() ? stations.post(r) : sender;
        Topic topic = topicFor(sender);
        Marking marking = Marking.draw(r);
        int number = nextMrn(sender, dtg.year());
        List<Tag> tags = tags(topic, about);

        Precedence precedence = PRECEDENCES.pick(r);
        Precedence infoPrecedence = infoPrecedence(precedence);
        List<String> tagCodes = tags.stream().map(Tag::code).toList();
        Addressing.Addressees addressees = addressing.address(r, sender, about, tagCodes,
                precedence == Precedence.ROUTINE ? null : precedence, infoPrecedence);
        Envelope envelope = envelope(sender, marking, dtg, number, precedence, addressees);

        Telegram telegram = telegram(sender, about, topic, marking, dtg, number, tags, precedence);
        history.add(new History.Cited(sender, dtg.year(), number));
        return new Cable(envelope, telegram);
    }

    // ------------------------------------------------------------------------------------------- envelope

    /** The precedence written on info lines: the action's or lower; null (unwritten) for routine traffic. */
    private Precedence infoPrecedence(Precedence action) {
        return switch (action) {
            case FLASH -> Precedence.FLASH; // a FLASH with mixed precedences would go as a separate transmission
            case NIACT_IMMEDIATE -> Draw.chance(r, 0.7) ? Precedence.IMMEDIATE : Precedence.PRIORITY;
            case IMMEDIATE -> Draw.chance(r, 0.7) ? Precedence.IMMEDIATE
                    : Draw.chance(r, 0.67) ? Precedence.PRIORITY : Precedence.ROUTINE;
            case PRIORITY -> Draw.chance(r, 0.8) ? Precedence.PRIORITY : Precedence.ROUTINE;
            default -> null;
        };
    }

    private Envelope envelope(Station sender, Marking marking, Dtg dtg, int number, Precedence precedence,
                              Addressing.Addressees a) {
        String ri = sender.ri();
        boolean xro = Draw.derived(seed, Draw.key(ri), 7).nextDouble() < 0.6;
        int[] sequence = channelSequences.computeIfAbsent(ri,
                k -> new int[] {Draw.derived(seed, Draw.key(k), 8).nextInt(9999)});
        sequence[0] = sequence[0] % 9999 + 1;
        Envelope.TransmissionId fl1 = new Envelope.TransmissionId(xro ? "XRO" : "XYZ",
                Addressing.fourDigits(sequence[0]));

        // FL2 and FL5 carry prosigns: NIACT IMMEDIATE travels as IMMEDIATE (O).
        Precedence action = precedence == Precedence.NIACT_IMMEDIATE ? Precedence.IMMEDIATE : precedence;
        Precedence info = action;
        if (!a.info().isEmpty()) {
            Precedence highest = null;
            for (var x : a.info()) {
                Precedence p = x.precedence() == null ? action : x.precedence();
                if (highest == null || p.outranks(highest)) highest = p;
            }
            info = highest == Precedence.NIACT_IMMEDIATE ? Precedence.IMMEDIATE : highest;
        }
        Envelope.RoutingLine fl2 = new Envelope.RoutingLine(action, info,
                xro ? Addressing.relays(a) : List.of("RUEHWEB"));
        String ssn = Addressing.fourDigits(number % 10000);
        int julian = LocalDate.of(dtg.year(), dtg.month(), dtg.day()).getDayOfYear();
        String filing = String.format(Locale.ROOT, "%03d%02d%02d", julian, dtg.hour(), dtg.minute());
        Envelope.StationLine fl3 = new Envelope.StationLine(ri, ssn, null, filing);
        Level level = marking.level();
        Envelope.SecurityWarning fl4 = level.isClassified()
                ? new Envelope.SecurityWarning("ZNY", String.valueOf(level.securityLetter()).repeat(5), List.of(),
                        List.of("ZZH"))
                : new Envelope.SecurityWarning("ZNR", "UUUUU", List.of(), List.of("ZZH"));
        Envelope.FormatLine fl5 = new Envelope.FormatLine(action, null, dtg, List.of());
        return new Envelope(fl1, fl2, fl3, fl4, fl5, new org.chancery.cable.model.Address(null, sender.plad(), null,
                null), a.to(), a.info(), a.exclusions());
    }

    private int nextMrn(Station sender, int year) {
        int[] c = mrns.computeIfAbsent(sender.idPrefix(), k -> new int[] {year, 0});
        if (c[0] != year) {
            c[0] = year;
            c[1] = 0;
        }
        return ++c[1];
    }

    // ------------------------------------------------------------------------------------------- telegram

    private Topic topicFor(Station sender) {
        // Consulates write much about visas and citizens; missions to organisations about their organisation.
        if (sender.isConsulate() && Draw.chance(r, 0.3)) return topic("consular");
        if (sender.isMission() && Draw.chance(r, 0.5)) {
            return topic(switch (sender.countryTag()) {
                case "NATO" -> "military";
                case "IAEA" -> "armscontrol";
                case "EUN" -> "trade";
                case "UN" -> "rights";
                default -> "foreign";
            });
        }
        return topics.weighted().pick(r);
    }

    private Topic topic(String name) {
        for (Topic t : topics.weighted().items()) if (t.name().equals(name)) return t;
        throw new IllegalStateException("topics.txt: no topic " + name);
    }

    /** 2 to 6 tags: the topic's subject tag (and at times its second), companions, the country, a second country. */
    private List<Tag> tags(Topic topic, Station about) {
        List<String> codes = new ArrayList<>();
        codes.add(topic.tags().get(0));
        if (topic.tags().size() > 1 && Draw.chance(r, 0.45)) codes.add(topic.tags().get(1));
        int companions = Draw.chance(r, 0.4) ? 0 : Draw.chance(r, 0.6) ? 1 : 2;
        Tag person = null;
        for (int i = 0; i < companions; i++) {
            String c = Draw.pick(r, topic.companions());
            if (c.equals("OVIP")) {
                if (person == null) {
                    Person p = names.american(r);
                    String first = p.given().contains(" ") ? p.given().substring(0, p.given().indexOf(' ')) : p.given();
                    person = new Tag("OVIP", TagKind.PERSON, (p.surname() + ", " + first).toUpperCase(Locale.ROOT));
                }
            } else if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        if (!codes.contains(about.countryTag())) codes.add(about.countryTag());
        if (codes.size() < 6 && Draw.chance(r, 0.2)) {
            Station other = stations.post(r);
            if (!codes.contains(other.countryTag())) codes.add(other.countryTag());
        }
        List<Tag> out = new ArrayList<>(codes.size() + 1);
        for (String c : codes) out.add(Tag.of(c, tagCatalog.kindOf(c)));
        if (person != null && out.size() < 6) out.add(person);
        return out;
    }

    private Telegram telegram(Station sender, Station about, Topic topic, Marking marking, Dtg dtg, int number,
                              List<Tag> tags, Precedence precedence) {
        Level level = marking.level();
        String levelText = switch (level) {
            case UNCLASSIFIED, SBU -> Draw.chance(r, 0.8) ? "UNCLAS" : "UNCLASSIFIED";
            default -> level.word();
        };
        String mrn = String.format(Locale.ROOT, "%06d", number);
        ClassificationLine line = new ClassificationLine(level.isClassified() ? level : Level.UNCLASSIFIED,
                levelText, false, List.of(), null, null, sender.word(), mrn);
        LocalDate date = LocalDate.of(dtg.year(), dtg.month(), dtg.day());
        Prose prose = new Prose(seed, names, topic, topics.common(), about, sender, dtg.year(), dtg.month(), r);
        Subject subject = new Subject(marking.subjectMark(r), prose.subject());
        Staff staff = staff(sender, about, dtg.year());
        return new Telegram(line, marking.captions(r), passing(sender, about, topic), eo(level, date),
                tags, subject, references(sender, dtg.year()), classifiedBy(level, topic, staff, date),
                body(prose, marking, precedence), List.of(staff.signature()));
    }

    private List<String> passing(Station sender, Station about, Topic topic) {
        if (!Draw.chance(r, 0.12)) return List.of();
        String bureau = about.isMission() ? "IO" : about.region().equals("WASH") ? "EUR" : about.region();
        String office = Draw.pick(r, OFFICES.getOrDefault(bureau, List.of("EX")));
        String functional = FUNCTIONAL.get(topic.name());
        String first = sender.isDepartment() ? "FOR AMBASSADOR AND " + Draw.pick(r, List.of("DCM", "POL", "ECON"))
                : "DEPT FOR " + bureau + "/" + office + (functional != null && Draw.chance(r, 0.5)
                ? " AND " + functional : "");
        return List.of(first);
    }

    private static final Map<String, List<String>> OFFICES = Map.of(
            "EUR", List.of("CE", "WE", "NB", "RUS", "SE", "SCE", "CARC", "RPM", "ERA", "UBI", "PGI"),
            "NEA", List.of("ELA", "IPA", "MAG", "ARP", "IR", "I", "PPD"),
            "SCA", List.of("A", "PB", "INS", "CEN", "RA"),
            "EAP", List.of("CM", "J", "K", "MLS", "ANP", "MTS", "RSP"),
            "WHA", List.of("CAN", "MEX", "CEN", "AND", "BSC", "CAR", "EPSC"),
            "AF", List.of("E", "S", "C", "W", "SPG", "RSA", "EPS"),
            "IO", List.of("UNP", "PSC", "RHS", "EDA"));

    private static final Map<String, String> FUNCTIONAL = Map.ofEntries(
            Map.entry("armscontrol", "ISN"), Map.entry("trade", "EEB"), Map.entry("economy", "EEB"),
            Map.entry("energy", "EEB/ESC"), Map.entry("rights", "DRL"), Map.entry("terrorism", "S/CT"),
            Map.entry("consular", "CA/VO"), Map.entry("military", "PM"), Map.entry("narcotics", "INL"),
            Map.entry("environment", "OES"), Map.entry("refugees", "PRM"), Map.entry("management", "DS"),
            Map.entry("elections", "DRL"), Map.entry("publicaffairs", "R"));

    /** N/A when unclassified; otherwise a date 10 (mostly) to 25 years out, rarely an exemption. */
    private EoLine eo(Level level, LocalDate date) {
        String order = date.getYear() >= EO_13526_FROM ? "13526" : "12958";
        if (!level.isClassified()) return new EoLine(order, new Declassification.NotApplicable(), "N/A");
        double x = r.nextDouble();
        if (x < 0.015 && level.compareTo(Level.SECRET) >= 0) {
            String code = Draw.chance(r, 0.7) ? "25X1" : "25X6";
            return new EoLine(order, new Declassification.Exemption(code), "DECL: " + code);
        }
        LocalDate decl = x < 0.62 ? date.plusYears(10)
                : x < 0.92 ? date.plusYears(Draw.between(r, 10, 24)).plusDays(r.nextInt(365))
                : date.plusYears(25);
        String text = String.format(Locale.ROOT, "DECL: %02d/%02d/%04d", decl.getMonthValue(), decl.getDayOfMonth(),
                decl.getYear());
        return new EoLine(order, new Declassification.OnDate(decl), text);
    }

    // ------------------------------------------------------------------------------------------- people

    /** Who classifies and signs: the post's staff of the term, or the Department's. */
    private record Staff(String title, Person classifier, String signature) {
    }

    private Staff staff(Station sender, Station about, int year) {
        if (sender.isDepartment()) {
            // The Secretary signs for four years; bureau officials classify.
            Person secretary = names.american(Draw.derived(seed, 97, year / 4));
            SplittableRandom bureau = Draw.derived(seed, 98, Draw.key(about.region()), year / 3);
            Person assistant = names.american(bureau);
            Person deputy = names.american(bureau);
            Person director = names.american(Draw.derived(seed, 99, Draw.key(about.countryTag()), year / 2));
            String sig = secretary.surname().toUpperCase(Locale.ROOT);
            double x = r.nextDouble();
            if (x < 0.3) return new Staff("Assistant Secretary", assistant, sig);
            if (x < 0.6) return new Staff("Deputy Assistant Secretary", deputy, sig);
            return new Staff("Office Director", director, sig);
        }
        // A post's staff serves three-year tours, staggered by post.
        int tour = (year + sender.index() % 3) / 3;
        SplittableRandom post = Draw.derived(seed, 96, sender.index(), tour);
        Person chief = names.american(post);
        Person deputy = names.american(post);
        Person political = names.american(post);
        Person economic = names.american(post);
        // The reader gives signatures in upper case, as most cables write them.
        String chiefSig = chief.surname().toUpperCase(Locale.ROOT);
        String deputySig = deputy.surname().toUpperCase(Locale.ROOT);
        double x = r.nextDouble();
        if (sender.isConsulate()) {
            String title = Draw.chance(r, 0.7) ? "Consul General" : "Principal Officer";
            return new Staff(title, chief, chiefSig);
        }
        if (x < 0.38) return new Staff("Ambassador", chief, chiefSig);
        if (x < 0.52) return new Staff("Charge d'Affaires", deputy, deputySig);
        if (x < 0.66) return new Staff("DCM", deputy, chiefSig);
        if (x < 0.86) return new Staff("Political Counselor", political, chiefSig);
        return new Staff("Economic Counselor", economic, chiefSig);
    }

    /** Title, name and the topic's reasons: 1.4 since March 2003, 1.5 before. */
    private ClassifiedBy classifiedBy(Level level, Topic topic, Staff staff, LocalDate date) {
        if (!level.isClassified()) return null;
        List<String> letters;
        double x = r.nextDouble();
        if (x < 0.6) letters = List.of("b", "d");
        else if (x < 0.75) letters = List.of("d");
        else if (x < 0.8) letters = List.of("b");
        else letters = topic.reasons();
        String section = date.isBefore(REASONS_RENUMBERED) ? "1.5" : "1.4";
        List<String> reasons = new ArrayList<>();
        for (String l : letters) {
            if (section.equals("1.5") && l.equals("h")) continue; // (h) came with the renumbering
            reasons.add(section + "(" + l + ")");
        }
        StringBuilder text = new StringBuilder("Classified By: ").append(staff.title()).append(' ')
                .append(staff.classifier().fullName()).append(" for reason").append(reasons.size() > 1 ? "s " : " ")
                .append(section).append(' ');
        for (int i = 0; i < reasons.size(); i++) {
            if (i > 0) text.append(i == reasons.size() - 1 ? " and " : ", ");
            text.append(reasons.get(i), section.length(), reasons.get(i).length());
        }
        text.append('.');
        return new ClassifiedBy(staff.classifier().fullName(), staff.title(), reasons, text.toString());
    }

    // ------------------------------------------------------------------------------------------- references

    /** 0 to 4 references to earlier cables (lettered when several), now and then an e-mail or a telcon. */
    private List<Reference> references(Station sender, int year) {
        int count = REFERENCES.pick(r);
        List<Reference> out = new ArrayList<>(count);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String letter = count > 1 ? String.valueOf((char) ('A' + out.size())) : null;
            double x = r.nextDouble();
            if (x < 0.08) {
                out.add(new Reference(letter, ReferenceKind.EMAIL, null, correspondence(year, "E-MAIL"), false));
                continue;
            }
            if (x < 0.12) {
                out.add(new Reference(letter, ReferenceKind.TELCON, null, correspondence(year, "TELCON"), false));
                continue;
            }
            History.Cited cited = x < 0.6 ? history.ofStation(r, sender)
                    : x < 0.85 && !sender.isDepartment() ? history.ofStation(r, stations.department())
                    : history.any(r);
            if (cited == null) continue;
            String id = String.format(Locale.ROOT, "%02d", cited.year() % 100) + cited.station().idPrefix()
                    + cited.number();
            if (ids.contains(id)) continue;
            ids.add(id);
            out.add(citation(letter, cited, year, id));
        }
        // Drops (no history yet, a duplicate) may leave gaps or a lone lettered reference: re-letter.
        List<Reference> lettered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Reference ref = out.get(i);
            String letter = out.size() > 1 ? String.valueOf((char) ('A' + i)) : null;
            lettered.add(new Reference(letter, ref.kind(), ref.id(), ref.text(), ref.notal()));
        }
        return lettered;
    }

    private Reference citation(String letter, History.Cited cited, int year, String id) {
        String word = cited.station().word();
        if (word.equals("STATE") && Draw.chance(r, 0.1)) word = "SECSTATE";
        StringBuilder text = new StringBuilder();
        if (cited.year() != year || Draw.chance(r, 0.2)) {
            text.append(Draw.chance(r, 0.9) ? String.format(Locale.ROOT, "%02d", cited.year() % 100)
                    : Integer.toString(cited.year())).append(' ');
        }
        text.append(word).append(' ').append(cited.number());
        boolean notal = Draw.chance(r, 0.05);
        if (notal) text.append(" (NOTAL)");
        return new Reference(letter, ReferenceKind.CABLE, id, text.toString(), notal);
    }

    /** {@code HARTWELL-NOVAK E-MAIL OF MARCH 3}, {@code PALLAS-KOVAR TELCON OF JUNE 12}. */
    private String correspondence(int year, String kind) {
        String a = names.american(r).surname();
        String b = names.american(r).surname();
        String month = Month.of(Draw.between(r, 1, 12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (a + "-" + b + " " + kind + " OF " + month + " " + Draw.between(r, 1, 28) + " " + year)
                .toUpperCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------- body

    /**
     * 2 to 12 numbered, portion-marked paragraphs: a summary first in most longer cables, a comment near the end
     * in many, an action request first in a NIACT cable (which must justify its precedence).
     */
    private List<Block> body(Prose prose, Marking marking, Precedence precedence) {
        boolean isLong = Draw.chance(r, LONG_SHARE);
        int n = isLong ? Draw.between(r, 8, 12) : PARAGRAPHS.pick(r);
        List<PortionMark> marks = marking.portions(r, n);
        List<String> texts = new ArrayList<>(n);
        int comment = n >= 3 && Draw.chance(r, 0.45) ? n - 1 - (Draw.chance(r, 0.7) ? 0 : 1) : -1;
        int left = isLong ? Draw.between(r, LONG_BUDGET_MIN, LONG_BUDGET_MAX) : BODY_BUDGET;
        for (int i = 0; i < n; i++) {
            // What is left, shared among the paragraphs still to come, with room for a long one now and then.
            int allowance = Math.max(MIN_PARAGRAPH, Math.min(left - (n - i - 1) * MIN_PARAGRAPH,
                    2 * left / (n - i)));
            String text;
            if (i == 0 && precedence == Precedence.NIACT_IMMEDIATE) {
                text = "This is an action request. " + prose.paragraph(Draw.between(r, 1, 3), allowance);
            } else if (i == 0 && n >= 3 && Draw.chance(r, 0.6)) {
                text = prose.summary(Draw.between(r, 2, 4));
            } else if (i == comment) {
                text = prose.comment(Draw.between(r, 1, 3));
            } else {
                text = prose.paragraph(isLong ? Draw.between(r, 6, 14) : Draw.between(r, 2, 6), allowance);
            }
            texts.add(text);
            left -= text.length();
        }
        List<Block> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Block.Paragraph(i + 1, marks.get(i), texts.get(i)));
        return out;
    }
}
