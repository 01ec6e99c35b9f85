package org.chancery.archive.secure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.declass.Basis;
import org.chancery.archive.declass.DeclassificationSummary;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.declass.PublicExport;
import org.chancery.archive.declass.ReviewDecision;
import org.chancery.archive.declass.ReviewItem;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.secure.ExpectedDeclassifications.Expected;
import org.chancery.archive.secure.ExpectedDeclassifications.Instruction;
import org.chancery.archive.store.StoredReference;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.AccessDecider;
import org.chancery.security.Distribution;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Label;
import org.chancery.security.Labels;
import org.chancery.security.ParsedLabel;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;
import org.chancery.security.Role;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tries to make the gate leak. One real archive (store and Lucene index) of random portion-marked cables — every
 * portion, subject and tag carrying a word found nowhere else — some cited by others, some in two versions; then
 * random principals, and for each, under both policies, every way of reaching a cable: searches for every planted
 * word, field queries ({@code subject:}, {@code tag:}, {@code ref:}, {@code id:}, {@code class:}), every facet's
 * counts against counts made by brute force from what the principal may read, totals, hits, snippets and
 * subjects, show by id (redacted model, renderable parse, original bytes), versions and diffs, references and
 * "cited by", threads, export, and the error for a cable they may not see against the error for a missing one.
 * The brute force is the redactor itself, cable by cable: the index and the gate must agree with it exactly.
 *
 * <p>The number of checks is counted and printed; a CI run makes well over 100,000.
 */
class LeakProperties {

    static final int CABLES = 90;
    /** The world's seed; {@code -Dchancery.leak.seed=N} builds another world (the principals are jqwik's). */
    static final long DEFAULT_SEED = 20261129L;
    static final long SEED = Long.getLong("chancery.leak.seed", DEFAULT_SEED);
    static final Pattern MARKER = Pattern.compile("(?i)\\bmk[a-r]{4}\\b");
    static final Pattern TAG_MARKER = Pattern.compile("\\bK[A-R]{3}\\b");
    static final List<String> POSTS = List.of("ROME", "PRAGUE", "PARIS", "VALLETTA");
    static final List<String> MARKS = List.of("U", "SBU", "C", "S", "TS", "C/NF", "S//NF", "S//REL TO USA, GBR",
            "C//REL TO USA, AUS, GBR", "");
    static final List<String> CAPTIONS = List.of("SIPDIS", "SIPDIS", "SIPDIS", "NOFORN", "EXDIS", "NODIS");
    static final List<Level> BANNERS = List.of(Level.UNCLASSIFIED, Level.CONFIDENTIAL, Level.SECRET, Level.SECRET,
            Level.TOP_SECRET);
    static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");

    static final AtomicLong checks = new AtomicLong();
    static Path dir;
    static Archive archive;
    static SecureArchive documentGate;
    static SecureArchive portionGate;
    /** Every stored version, parsed once: id → version → parse. */
    static final Map<String, Map<Integer, ParsedCable>> versions = new TreeMap<>();
    /** The unrestricted view of each cable's index fields (the metadata facets are counted from). */
    static final Map<String, IndexedCable> metadata = new HashMap<>();
    /** Each cable's citing cables (current versions), from the store. */
    static final Map<String, Set<String>> citedBy = new HashMap<>();
    static final Set<String> memberships = new TreeSet<>();
    static int markerCount;
    /** What the generator chose for each cable, by id. */
    static final Map<String, Shape> shapes = new TreeMap<>();
    /** What the documented rules say each cable's declassification is. */
    static final ExpectedDeclassifications oracle = new ExpectedDeclassifications();
    /** Checks made on declassified cables, and on the public release. */
    static final AtomicLong declassifiedChecks = new AtomicLong();
    static final AtomicLong publicChecks = new AtomicLong();
    /** The declassification state of the world, for the report. */
    static String world;
    static boolean onDeclassified;

    // --- the archive ---

    /** What the generator chose for a cable; a second version keeps it (a correction of the same cable). */
    record Shape(String post, int mrn, LocalDate dtg, Level banner, Instruction instruction) {
        String id() {
            return String.format(Locale.ROOT, "%02d%s%d", dtg.getYear() % 100, post, mrn);
        }
    }

    @BeforeContainer
    static void build() throws IOException {
        dir = Files.createTempDirectory("leaks");
        Random random = new Random(SEED);
        Path v1 = Files.createDirectories(dir.resolve("in1"));
        Path v2 = Files.createDirectories(dir.resolve("in2"));
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < CABLES; c++) {
            String post = POSTS.get(random.nextInt(POSTS.size()));
            LocalDate dtg = LocalDate.of(1980 + random.nextInt(30), 1 + 3 * random.nextInt(4), 1 + random.nextInt(28));
            Shape shape = new Shape(post, 100 + c, dtg, BANNERS.get(random.nextInt(BANNERS.size())),
                    instruction(random, dtg));
            String id = shape.id();
            List<String> cites = new ArrayList<>();
            for (int r = random.nextInt(3); r > 0 && !ids.isEmpty(); r--) cites.add(ids.get(random.nextInt(ids.size())));
            if (random.nextInt(6) == 0) cites.add("09ROME9" + c); // not in the archive
            shapes.put(id, shape);
            Files.writeString(v1.resolve(id + ".txt"), cable(random, shape, cites));
            if (random.nextInt(5) == 0) Files.writeString(v2.resolve(id + ".txt"), cable(random, shape, cites));
            ids.add(id);
        }
        archive = Archive.open(dir.resolve("store"));
        documentGate = new SecureArchive(archive, Policy.DOCUMENT, SecureArchive.NO_AUDIT);
        portionGate = new SecureArchive(archive, Policy.PORTION, SecureArchive.NO_AUDIT);

        // the declassification timeline: the daily run and the reviewers on a first day, a correction of some
        // cables, then the daily run and the reviewers again on a later day — through the real Declassifier
        LocalDate first = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 26));
        LocalDate second = first.plusDays(200 + random.nextInt(365 * 8));
        archive.ingest(List.of(v1), IngestOptions.defaults(), IngestListener.NONE);
        declassifyAndReview(random, first);
        archive.ingest(List.of(v2), IngestOptions.defaults(), IngestListener.NONE);
        declassifyAndReview(random, second);

        for (String id : ids) {
            Map<Integer, ParsedCable> byVersion = versionsOf(id);
            versions.put(id, byVersion);
            for (StoredReference r : archive.store().citedBy(id)) {
                citedBy.computeIfAbsent(id, k -> new TreeSet<>()).add(r.citingId());
            }
            ParsedCable current = byVersion.get(byVersion.size());
            if (Labels.effective(current).governing().labelOrNull() != null
                    && Labels.effective(current).governing().labelOrNull().distribution()
                    instanceof org.chancery.security.Distribution.Limited l) {
                memberships.addAll(l.to());
            }
            // the declassification recorded for each version is the one the documented rules give, and the
            // cable's (its current version's) is that of its current version only
            for (int version : byVersion.keySet()) {
                Expected want = oracle.of(id, version);
                Optional<Declassified> got = archive.declassification(id, version);
                check(got.isPresent() == (want != null), "declassified " + id + " version " + version + ": " + got
                        + ", expected " + want);
                if (want != null) {
                    Declassified d = got.orElseThrow();
                    check(d.version() == version && d.basis() == want.basis() && d.on().equals(want.on())
                            && d.exemptParagraphs().equals(want.exempt()) && d.subjectExempt() == want.subjectExempt(),
                            "declassification of " + id + " version " + version + ": " + d + " != " + want);
                }
            }
            check(archive.declassification(id).map(Declassified::version).orElse(0)
                    == (oracle.now(id) == null ? 0 : byVersion.size()), "declassification of " + id + " now");
        }
        archive.index().export(SearchRequest.of("*"), c -> metadata.put(c.id(), c));
        assertThat(metadata).hasSize(CABLES);
        assertThat(versions.values().stream().filter(v -> v.size() == 2).count()).as("cables with two versions")
                .isGreaterThan(5);
        assertThat(citedBy).as("cables cited by others").hasSizeGreaterThan(10);
        List<Expected> now = ids.stream().map(oracle::now).filter(java.util.Objects::nonNull).toList();
        List<ExpectedDeclassifications.Review> reviewsNow = ids.stream().map(oracle::reviewNow)
                .filter(java.util.Objects::nonNull).toList();
        long partial = now.stream().filter(Expected::partial).count();
        long full = now.size() - partial;
        long extended = reviewsNow.stream().filter(r -> r == ExpectedDeclassifications.Review.EXTENDED).count();
        long byRule = now.stream().filter(e -> e.basis() == Basis.TWENTY_FIVE_YEARS).count();
        // versions declassified that a newer version replaced, and new versions queued after a reviewer's judgement
        long olderDeclassified = oracle.declassified.size() - now.size();
        world = String.format(Locale.ROOT, "as of %s then %s: %d declassified in full (%d by the 25-year rule), %d in part,"
                        + " %d extended and still classified, %d pending review; %d older versions declassified",
                first, second, full, byRule, partial, extended,
                reviewsNow.stream().filter(r -> r == ExpectedDeclassifications.Review.PENDING).count(), olderDeclassified);
        memberships.add("EUR/CE");
        if (SEED != DEFAULT_SEED) return; // another world: explore it whatever its mix
        // the default world exercises every kind of declassification and keeps enough classified
        assertThat(full).as(world).isGreaterThanOrEqualTo(10);
        assertThat(byRule).as(world).isGreaterThanOrEqualTo(3);
        assertThat(partial).as(world).isGreaterThanOrEqualTo(5);
        assertThat(extended).as(world).isGreaterThanOrEqualTo(2);
        assertThat(CABLES - now.size()).as(world).isGreaterThanOrEqualTo(25);
        assertThat(reviewsNow).as(world).contains(ExpectedDeclassifications.Review.PENDING);
        // a world where corrections meet declassified cables: the rule of versions is exercised
        assertThat(olderDeclassified).as(world).isGreaterThanOrEqualTo(1);
    }

    static Map<Integer, ParsedCable> versionsOf(String id) {
        Map<Integer, ParsedCable> byVersion = new TreeMap<>();
        for (VersionInfo info : archive.store().versions(id)) {
            byVersion.put(info.version(), archive.store().version(id, info.version()).orElseThrow().parse());
        }
        return byVersion;
    }

    /**
     * The daily run on {@code day}, checked against the rules, then a reviewer's random decision on every item
     * pending (and on some extended ones): in full, in part (random paragraphs, sometimes the subject), an
     * extension to a random later date, or none yet.
     */
    static void declassifyAndReview(Random random, LocalDate day) {
        Map<String, ParsedCable> current = new TreeMap<>();
        Map<String, Integer> currentVersions = new TreeMap<>();
        Map<String, Instruction> instructions = new HashMap<>();
        Map<String, LocalDate> dtgs = new HashMap<>();
        for (var e : shapes.entrySet()) {
            archive.store().current(e.getKey()).ifPresent(v -> {
                current.put(e.getKey(), v.parse());
                currentVersions.put(e.getKey(), v.info().version());
            });
            instructions.put(e.getKey(), e.getValue().instruction());
            dtgs.put(e.getKey(), e.getValue().dtg());
        }
        Declassifier declassifier = new Declassifier(archive, "reviewer",
                Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        List<String> queued = oracle.run(day, current, currentVersions, instructions, dtgs);
        DeclassificationSummary summary = declassifier.run(day);
        check(summary.queued().stream().map(ReviewItem::cableId).toList().equals(queued),
                "queued on " + day + ": " + summary.queued() + " != " + queued);
        for (ReviewItem item : declassifier.queue(false)) {
            if (item.state() == ReviewItem.State.EXTENDED && random.nextInt(3) != 0) continue;
            String id = item.cableId();
            check(item.version() == currentVersions.get(id), "queued " + item + ": not the current version");
            int choice = random.nextInt(10);
            if (choice < 2) {
                declassifier.decide(id, new ReviewDecision.Declassify(), day);
                oracle.declassify(id, item.version(), day, new TreeSet<>(), false);
            } else if (choice < 6) {
                List<Integer> numbers = new ArrayList<>();
                for (Block.Paragraph p : current.get(id).cable().telegram().paragraphs()) numbers.add(p.number());
                SortedSet<Integer> exempt = new TreeSet<>();
                for (int n : numbers) if (random.nextBoolean()) exempt.add(n);
                boolean subject = random.nextInt(3) == 0;
                if (exempt.isEmpty() && !subject) exempt.add(numbers.get(random.nextInt(numbers.size())));
                declassifier.decide(id, new ReviewDecision.Partial(exempt, subject), day);
                oracle.declassify(id, item.version(), day, exempt, subject);
            } else if (choice < 8) {
                LocalDate until = day.plusDays(1 + random.nextInt(365 * 7));
                declassifier.decide(id, new ReviewDecision.Extend(until, "foreign government information"), day);
                oracle.extend(id, item.version(), until);
            }
        }
    }

    /** A random E.O. instruction: a date, none (the 25-year rule), N/A, OADR, an event, or a 25X exemption. */
    static Instruction instruction(Random random, LocalDate dtg) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> new Instruction.OnDate(dtg.plusYears(10 + random.nextInt(30)).withDayOfMonth(2));
            case 4, 5 -> new Instruction.None(false);
            case 6 -> new Instruction.None(true);
            case 7 -> new Instruction.ToReview("DECL: OADR");
            case 8 -> new Instruction.ToReview("DECL: AFTER KOREAN UNIFICATION");
            default -> new Instruction.Exempt();
        };
    }

    static String eoLine(Instruction instruction) {
        return switch (instruction) {
            case Instruction.OnDate d -> String.format(Locale.ROOT, "E.O. 12958: DECL: %02d/%02d/%04d\n",
                    d.date().getMonthValue(), d.date().getDayOfMonth(), d.date().getYear());
            case Instruction.None n -> n.writtenNa() ? "E.O. 12958: N/A\n" : "";
            case Instruction.ToReview r -> "E.O. 12958: " + r.text() + "\n";
            case Instruction.Exempt x -> "E.O. 12958: DECL: 25X1\n";
        };
    }

    /** A fictional cable in the real format, every portion, the subject and a tag planted with a fresh word. */
    static String cable(Random random, Shape shape, List<String> cites) {
        Level banner = shape.banner();
        String post = shape.post();
        int mrn = shape.mrn();
        String classLine = switch (banner) {
            case UNCLASSIFIED -> "UNCLAS";
            case CONFIDENTIAL -> "C O N F I D E N T I A L";
            case SECRET -> "S E C R E T";
            default -> "T O P S E C R E T";
        };
        StringBuilder b = new StringBuilder();
        b.append("VZCZCXRO").append(mrn).append("\nRR RUEHC\nDE RUEHRO #").append(mrn).append(" 2751444\n")
                .append("ZNY SSSSS ZZH\nR ").append(String.format(Locale.ROOT, "%02d", shape.dtg().getDayOfMonth()))
                .append("1444Z ").append(MONTHS.get(shape.dtg().getMonthValue() - 1)).append(' ')
                .append(String.format(Locale.ROOT, "%02d", shape.dtg().getYear() % 100)).append('\n')
                .append("FM AMEMBASSY ").append(post).append("\nTO RUEHC/SECSTATE WASHDC 0001\n");
        if (random.nextBoolean()) b.append("INFO RUEHFR/AMEMBASSY PARIS 0002\n");
        b.append("\n").append(classLine).append(' ').append(post).append(" 000").append(mrn).append("\n\n");
        Set<String> captions = new TreeSet<>();
        for (int i = random.nextInt(3); i > 0; i--) captions.add(CAPTIONS.get(random.nextInt(CAPTIONS.size())));
        for (String caption : captions) b.append(caption).append('\n');
        if (!captions.isEmpty()) b.append('\n');
        if (random.nextInt(3) == 0) b.append("DEPT FOR EUR/CE\n\n");
        b.append(eoLine(shape.instruction())).append("TAGS: PREL ").append(tagMarker()).append('\n');
        String subjectMark = MARKS.get(random.nextInt(MARKS.size()));
        b.append("SUBJECT: ").append(subjectMark.isEmpty() ? "" : "(" + subjectMark + ") ").append("FERRY MATTERS ")
                .append(marker()).append("\n\n");
        if (!cites.isEmpty()) {
            b.append("REF: ");
            for (int i = 0; i < cites.size(); i++) {
                String cited = cites.get(i);
                Shape c = shapes.get(cited);
                String yy = c == null ? "09" : cited.substring(0, 2);
                String citedPost = c == null ? "ROME" : c.post();
                String number = c == null ? cited.substring(6) : String.valueOf(c.mrn());
                b.append(i == 0 ? "" : "\n").append((char) ('A' + i)).append(". ").append(yy).append(' ')
                        .append(citedPost).append(' ').append(number);
            }
            b.append("\n\n");
        }
        b.append("Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)\n\n");
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 1; p <= paragraphs; p++) {
            String mark = MARKS.get(random.nextInt(MARKS.size()));
            b.append(p).append(". ").append(mark.isEmpty() ? "" : "(" + mark + ") ").append("THE MINISTER SPOKE OF ")
                    .append(marker()).append(" AND THE HARBOUR.\n\n");
        }
        return b.append("ROE\n").toString();
    }

    static String marker() {
        return "MK" + letters(markerCount++, 4);
    }

    static String tagMarker() {
        return "K" + letters(markerCount++, 3);
    }

    static String letters(int n, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('A' + n % 18);
            n /= 18;
        }
        return new String(out);
    }

    @AfterContainer
    static void close() throws IOException {
        System.out.printf(Locale.ROOT, "LeakProperties: %,d checks, %,d of them on declassified cables, %,d on the"
                + " public release; %s%n", checks.get(), declassifiedChecks.get(), publicChecks.get(), world);
        archive.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- principals ---

    @Provide
    Arbitrary<Principal> principals() {
        return Combinators.combine(Arbitraries.of(Level.class), Arbitraries.of("NODIS", "EXDIS").set(),
                        Arbitraries.of("USA", "GBR", "AUS", "FRA").set().ofMaxSize(2),
                        Arbitraries.of(List.copyOf(memberships)).set().ofMaxSize(3))
                .as((level, lists, nationalities, places) -> new Principal("p", level, lists, nationalities, places,
                        EnumSet.of(Role.READER)));
    }

    // --- the brute force: what the redactor says, cable by cable ---

    /**
     * One cable as a principal may see it. {@code searchable}: whether search reaches it at all (a cable declassified
     * in part stays, in search, within the distribution it had: narrower than the gate, never wider).
     */
    record Truth(String id, boolean visible, boolean bannerReadable, Set<String> readable, Set<String> unreadable,
                 boolean searchable) {
        boolean searchVisible() {
            return visible && searchable;
        }
    }

    static Truth truth(Principal p, Policy policy, String id, int version, ParsedCable parsed) {
        // each version under its own declassification, if any: never an older or newer version's
        Expected declassified = oracle.of(id, version);
        if (declassified != null) return declassifiedTruth(p, policy, id, parsed, declassified, false);
        // not declassified (or extended): the redactor on the markings, cable by cable
        Set<String> all = words(parsed.text());
        Optional<RedactedCable> r = Redactor.redact(p, parsed, policy);
        if (r.isEmpty()) return new Truth(id, false, false, Set.of(), all, true);
        Set<String> readable = words(CanonicalWriter.write(r.get().cable()));
        Set<String> unreadable = new TreeSet<>(all);
        unreadable.removeAll(readable);
        boolean banner = AccessDecider.decide(p, Labels.effective(parsed).governing()).allowed();
        return new Truth(id, true, banner, readable, unreadable, true);
    }

    /**
     * A declassified cable, from the rule of docs/security.md alone (not from the declassification code): every
     * part is UNCLASSIFIED with no control and no distribution limit, except the exempted paragraphs (and the
     * subject, if exempted), which keep the labels of their markings; the governing banner is the join of them.
     * The heading's free text (tags) goes with the banner; under DOCUMENT the cable exists when the banner is
     * readable; under PORTION when a subject, paragraph or text is.
     *
     * <p>{@code publicRelease}: the public release withholds what a review exempted whatever its mark ("a partial
     * one with its exempted paragraphs as markers and the heading's free text removed").
     */
    static Truth declassifiedTruth(Principal p, Policy policy, String id, ParsedCable parsed, Expected d,
                                   boolean publicRelease) {
        EffectiveLabels marked = Labels.effective(parsed);
        Telegram tg = parsed.cable().telegram();
        Label governing = Label.of(Level.UNCLASSIFIED);
        boolean malformed = false;
        List<Integer> exemptBlocks = new ArrayList<>();
        for (int i = 0; i < tg.body().size(); i++) {
            if (tg.body().get(i) instanceof Block.Paragraph par && par.number() != null
                    && d.exempt().contains(par.number())) {
                exemptBlocks.add(i);
                Label own = marked.blocks().get(i).labelOrNull();
                if (own == null) malformed = true;
                else governing = governing.join(own);
            }
        }
        boolean subjectExempt = d.subjectExempt() && tg.subject() != null;
        if (subjectExempt) {
            Label own = marked.subject().labelOrNull();
            if (own == null) malformed = true;
            else governing = governing.join(own);
        }
        boolean banner = publicRelease ? !d.partial() : !malformed && AccessDecider.decide(p, governing).allowed();
        Label original = marked.governing().labelOrNull();
        boolean searchable = !d.partial() || original == null || !(original.distribution() instanceof Distribution.Limited l)
                || l.to().stream().anyMatch(p.memberships()::contains);
        Set<String> all = words(parsed.text());
        Set<String> readable = new TreeSet<>();
        if (banner) {
            readable.addAll(all);
        } else if (policy == Policy.PORTION) {
            boolean exists = false;
            if (tg.subject() != null
                    && (!subjectExempt || !publicRelease && AccessDecider.decide(p, marked.subject()).allowed())) {
                readable.addAll(words(tg.subject().text()));
                exists = true;
            }
            for (int i = 0; i < tg.body().size(); i++) {
                Block block = tg.body().get(i);
                if (exemptBlocks.contains(i)
                        && (publicRelease || !AccessDecider.decide(p, marked.blocks().get(i)).allowed())) continue;
                readable.addAll(words(String.valueOf(block)));
                if (!(block instanceof Block.PageMarker)) exists = true;
            }
            if (!exists) return new Truth(id, false, false, Set.of(), all, searchable);
        } else {
            return new Truth(id, false, false, Set.of(), all, searchable);
        }
        Set<String> unreadable = new TreeSet<>(all);
        unreadable.removeAll(readable);
        return new Truth(id, true, banner, readable, unreadable, searchable);
    }

    /** The planted words (paragraph, subject and tag markers) of a text, upper case. */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (Pattern p : List.of(MARKER, TAG_MARKER)) {
            Matcher m = p.matcher(text);
            while (m.find()) out.add(m.group().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    static Map<String, Truth> truths(Principal p, Policy policy) {
        Map<String, Truth> out = new LinkedHashMap<>();
        for (var e : versions.entrySet()) {
            Map<Integer, ParsedCable> v = e.getValue();
            out.put(e.getKey(), truth(p, policy, e.getKey(), v.size(), v.get(v.size())));
        }
        return out;
    }

    static void check(boolean ok, String what) {
        checks.incrementAndGet();
        if (onDeclassified) declassifiedChecks.incrementAndGet();
        assertThat(ok).as(what).isTrue();
    }

    static void noneIn(String shown, Set<String> unreadable, String what) {
        if (shown == null) return;
        for (String w : words(shown)) check(!unreadable.contains(w), what + ": " + w + " in " + shown);
    }

    // --- the properties ---

    @Property(tries = 24)
    void searchSeesOnlyReadableText(@ForAll("principals") Principal p) {
        for (Policy policy : Policy.values()) {
            SecureArchive gate = policy == Policy.DOCUMENT ? documentGate : portionGate;
            Viewer viewer = Viewer.as(p);
            Map<String, Truth> truths = truths(p, policy);
            Set<String> unreadableAnywhere = new HashSet<>();
            for (Truth t : truths.values()) unreadableAnywhere.addAll(t.unreadable());
            Set<String> visible = new TreeSet<>();
            for (Truth t : truths.values()) if (t.searchVisible()) visible.add(t.id());

            // every planted word: found exactly where it is readable, never elsewhere
            for (Truth t : truths.values()) {
                onDeclassified = oracle.now(t.id()) != null;
                for (String w : new TreeSet<>(words(versions.get(t.id()).get(versions.get(t.id()).size()).text()))) {
                    if (w.startsWith("K")) continue; // tag codes: by tag: below
                    SearchResult r = gate.search(viewer, SearchRequest.of(w).withPage(5, 0));
                    boolean readable = t.searchable() && t.readable().contains(w);
                    check(r.total() == (readable ? 1 : 0), policy + " total of " + w + " for " + p + ": " + r.total());
                    check(r.hits().size() == (readable ? 1 : 0), policy + " hits of " + w);
                    for (SearchResult.Hit hit : r.hits()) {
                        check(hit.id().equals(t.id()), "hit " + hit.id() + " for " + w);
                        noneIn(hit.subject(), unreadableAnywhere, policy + " subject of a hit");
                        noneIn(hit.snippet() == null ? null : hit.snippet().text(), unreadableAnywhere,
                                policy + " snippet of a hit");
                    }
                    SearchResult s = gate.search(viewer, SearchRequest.of("subject:" + w));
                    check(s.total() <= (readable ? 1 : 0), policy + " subject:" + w);
                }
            }

            onDeclassified = false;

            // everything, with every facet, against counts made from what may be read
            SearchResult all = gate.search(viewer, SearchRequest.of("*").withAllFacets().withFacetLimit(1_000)
                    .withPage(CABLES, 0));
            check(all.total() == visible.size(), policy + " total of * " + all.total() + " != " + visible.size());
            Set<String> hitIds = new TreeSet<>();
            for (SearchResult.Hit hit : all.hits()) {
                hitIds.add(hit.id());
                noneIn(hit.subject(), unreadableAnywhere, policy + " subject of a hit of *");
            }
            check(hitIds.equals(visible), policy + " hits of * " + hitIds + " != " + visible);
            for (Facet f : Facet.values()) {
                Map<String, Long> expected = new TreeMap<>();
                for (String id : visible) {
                    if (f == Facet.TAG && !truths.get(id).bannerReadable()) continue;
                    for (String value : facetValues(f, metadata.get(id))) expected.merge(value, 1L, Long::sum);
                }
                Map<String, Long> got = new TreeMap<>();
                for (SearchResult.FacetValue v : all.facets().get(f)) got.put(v.value(), v.count());
                check(got.equals(expected), policy + " facet " + f + " " + got + " != " + expected);
            }

            // field queries
            for (Truth t : truths.values()) {
                onDeclassified = oracle.now(t.id()) != null;
                IndexedCable meta = metadata.get(t.id());
                long id = gate.search(viewer, SearchRequest.of("id:" + t.id())).total();
                check(id == (t.searchVisible() ? 1 : 0), policy + " id:" + t.id());
                for (String tag : meta.tags()) {
                    if (!tag.startsWith("K")) continue;
                    long n = gate.search(viewer, SearchRequest.of("tag:" + tag)).total();
                    check(n == (t.visible() && t.bannerReadable() ? 1 : 0), policy + " tag:" + tag);
                }
            }
            onDeclassified = false;
            for (String cited : citedBy.keySet()) {
                long expected = citedBy.get(cited).stream()
                        .filter(c -> truths.get(c).visible() && truths.get(c).bannerReadable()).count();
                check(gate.search(viewer, SearchRequest.of("ref:" + cited)).total() == expected, policy + " ref:" + cited);
            }
            for (Level level : Level.values()) {
                long expected = visible.stream().filter(id -> level.word().equals(metadata.get(id).classification())).count();
                check(gate.search(viewer, SearchRequest.of("class:\"" + level.word() + "\"")).total() == expected,
                        policy + " class:" + level);
            }

            // export
            List<IndexedCable> exported = new ArrayList<>();
            gate.export(viewer, SearchRequest.of("*"), exported::add);
            Set<String> exportedIds = new TreeSet<>();
            for (IndexedCable c : exported) {
                exportedIds.add(c.id());
                Truth t = truths.get(c.id());
                check(t.bannerReadable() || c.tags().isEmpty() && c.references().isEmpty(),
                        policy + " tags or references of " + c.id() + " exported without its banner");
                noneIn(c.subject(), unreadableAnywhere, policy + " exported subject");
            }
            check(exportedIds.equals(visible), policy + " export " + exportedIds + " != " + visible);
        }
    }

    static List<String> facetValues(Facet f, IndexedCable c) {
        String year = c.dtg() == null ? null : c.dtg().toString().substring(0, 4);
        String month = c.dtg() == null ? null : c.dtg().toString().substring(0, 7);
        List<String> out = new ArrayList<>();
        switch (f) {
            case ORIGIN -> out.add(c.origin());
            case CLASS -> out.add(c.classification());
            case TAG -> out.addAll(c.tags());
            case YEAR -> out.add(year);
            case MONTH -> out.add(month);
            case PRECEDENCE -> out.add(c.precedence());
            case ADDRESSEE -> {
                Set<String> both = new TreeSet<>(c.to());
                both.addAll(c.info());
                out.addAll(both);
            }
        }
        out.removeIf(v -> v == null || v.isBlank());
        return out;
    }

    @Property(tries = 16)
    void readingByIdShowsOnlyReadableText(@ForAll("principals") Principal p) {
        for (Policy policy : Policy.values()) {
            SecureArchive gate = policy == Policy.DOCUMENT ? documentGate : portionGate;
            Viewer viewer = Viewer.as(p);
            Map<String, Truth> truths = truths(p, policy);
            for (Truth t : truths.values()) {
                String id = t.id();
                onDeclassified = oracle.now(id) != null;
                if (!t.visible()) {
                    notFound(() -> gate.cable(viewer, id, null), id, null);
                    notFound(() -> gate.cable(viewer, id, 1), id, 1);
                    notFound(() -> gate.versions(viewer, id), id, null);
                    notFound(() -> gate.references(viewer, id), id, null);
                    notFound(() -> gate.thread(viewer, id, 0), id, null);
                    notFound(() -> gate.diff(viewer, id, 1, 1), id, 1);
                    continue;
                }
                // the cable, every way it can be rendered
                ShownCable shown = gate.cable(viewer, id, null);
                check(shown.complete() == shown.redacted().isComplete(), "complete");
                check(t.unreadable().isEmpty() || !shown.complete(), policy + " whole cable with unreadable words");
                noneIn(CanonicalWriter.write(shown.redacted().cable()), t.unreadable(), policy + " canonical " + id);
                noneIn(shown.renderable().text(), t.unreadable(), policy + " renderable text " + id);
                noneIn(String.valueOf(shown.renderable().cable()), t.unreadable(), policy + " model " + id);
                noneIn(String.valueOf(shown.redacted().facts()), t.unreadable(), policy + " facts " + id);
                noneIn(shown.renderable().diagnostics().toString(), t.unreadable(), policy + " findings " + id);
                if (shown.original() != null) {
                    noneIn(new String(shown.original(), StandardCharsets.UTF_8), t.unreadable(), policy + " original " + id);
                }
                for (String w : t.readable()) {
                    check(CanonicalWriter.write(shown.redacted().cable()).contains(w), policy + " readable " + w + " shown");
                }

                // references and "cited by"
                CableReferences refs = gate.references(viewer, id);
                check(t.bannerReadable() || refs.references().isEmpty(), policy + " references without the banner");
                for (ResolvedReference r : refs.references()) {
                    if (r.reference().citedId() == null) continue;
                    Truth cited = truths.get(r.reference().citedId());
                    check(r.present() == (cited != null && cited.visible()), policy + " present " + r);
                }
                Set<String> expectedCiting = new TreeSet<>();
                for (String citing : citedBy.getOrDefault(id, Set.of())) {
                    if (truths.get(citing).visible() && truths.get(citing).bannerReadable()) expectedCiting.add(citing);
                }
                check(new TreeSet<>(refs.citedBy()).equals(expectedCiting),
                        policy + " cited by of " + id + ": " + refs.citedBy() + " != " + expectedCiting);

                // the thread: present exactly when it exists for the principal, edges only through readable references
                for (ThreadNode n : gate.thread(viewer, id, 0)) {
                    Truth node = truths.get(n.id());
                    check(n.present() == (node != null && node.visible()), policy + " thread node " + n);
                    if (n.relation() == ThreadNode.Relation.CITED_BY) {
                        check(node != null && node.bannerReadable(), policy + " thread cited-by without banner " + n);
                    }
                    if (n.relation() == ThreadNode.Relation.CITES) {
                        check(truths.get(n.parent()).bannerReadable(), policy + " thread cites without banner " + n);
                    }
                }

                // versions and the diff
                Map<Integer, ParsedCable> all = versions.get(id);
                Set<Integer> visibleVersions = new TreeSet<>();
                Set<String> unreadable = new TreeSet<>();
                for (var v : all.entrySet()) {
                    Truth vt = truth(p, policy, id, v.getKey(), v.getValue());
                    unreadable.addAll(vt.unreadable());
                    if (vt.visible()) visibleVersions.add(v.getKey());
                }
                Set<Integer> listed = new TreeSet<>();
                for (ShownVersion sv : gate.versions(viewer, id)) {
                    listed.add(sv.version());
                    check(sv.complete() || sv.sha256Hex() == null, policy + " hash of a version seen in part");
                }
                check(listed.equals(visibleVersions), policy + " versions " + listed + " != " + visibleVersions);
                for (int v : all.keySet()) {
                    if (!visibleVersions.contains(v)) notFound(() -> gate.cable(viewer, id, v), id, v);
                }
                if (visibleVersions.size() == 2) {
                    noneIn(gate.diff(viewer, id, 1, 2), unreadable, policy + " diff " + id);
                }
            }
            onDeclassified = false;
            // a missing id answers the same way
            notFound(() -> gate.cable(viewer, "09ROME999", null), "09ROME999", null);
        }
    }

    /**
     * The public release ({@code export --public}): one entry per cable in id order; a cable the public may read
     * (declassified, in full or in part, or unclassified and open to all) released with nothing else, every other
     * one a withdrawal card with its id, date, origin and its subject only where the public may read it.
     */
    @Example
    void thePublicReleaseShowsOnlyWhatThePublicMayRead() {
        StringWriter out = new StringWriter();
        PublicExport.Summary summary = PublicExport.write(archive, out, "archivist",
                Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, List<String>> entries = new LinkedHashMap<>();
        List<String> lines = null;
        for (String line : out.toString().split("\n", -1)) {
            if (line.startsWith(PublicExport.ENTRY)) entries.put(line, lines = new ArrayList<>());
            else if (lines != null) lines.add(line);
        }
        List<String> ids = new ArrayList<>();
        for (String header : entries.keySet()) ids.add(header.substring(PublicExport.ENTRY.length()).replace(" WITHDRAWN", ""));
        publicCheck(ids.equals(List.copyOf(versions.keySet())), "public release ids " + ids);
        int released = 0;
        int inPart = 0;
        int withdrawn = 0;
        Principal pub = PublicExport.PUBLIC;
        for (var e : entries.entrySet()) {
            String id = e.getKey().substring(PublicExport.ENTRY.length()).replace(" WITHDRAWN", "");
            String text = String.join("\n", e.getValue());
            ParsedCable current = versions.get(id).get(versions.get(id).size());
            Expected d = oracle.now(id);
            // a declassified cable (its current version declassified) is released as far as the public may read it; any other only when read whole
            Truth t = d != null ? declassifiedTruth(pub, Policy.PORTION, id, current, d, true)
                    : truth(pub, Policy.DOCUMENT, id, versions.get(id).size(), current);
            Shape shape = shapes.get(id);
            if (t.visible()) {
                publicCheck(e.getKey().equals(PublicExport.ENTRY + id), "released " + id + " as " + e.getKey());
                publicCheck(d == null || e.getValue().get(0).startsWith(d.partial() ? "DECLASSIFIED IN PART on " + d.on()
                        : "DECLASSIFIED on " + d.on()), "banner of " + id + ": " + e.getValue().get(0));
                for (String w : words(text)) publicCheck(t.readable().contains(w),
                        "public release of " + id + " (" + d + ") shows " + w + ":\n" + text);
                for (String w : t.readable()) publicCheck(text.contains(w), "public release of " + id + " lacks " + w);
                if (t.bannerReadable()) released++;
                else inPart++;
                continue;
            }
            withdrawn++;
            Telegram tg = current.cable().telegram();
            // its own mark decides, unless a review exempted it (then it is withheld from the public)
            boolean subjectReleasable = d != null ? !d.subjectExempt()
                    : AccessDecider.decide(pub, Labels.effective(current).subject()).allowed();
            String subject = subjectReleasable ? tg.subject().text() : "[withheld]";
            publicCheck(e.getKey().equals(PublicExport.ENTRY + id + " WITHDRAWN"), "withdrawn " + id + " as " + e.getKey());
            List<String> card = new ArrayList<>(e.getValue());
            while (!card.isEmpty() && card.get(card.size() - 1).isEmpty()) card.remove(card.size() - 1);
            publicCheck(card.size() == 6 && card.get(0).equals("Withdrawal card") && card.get(1).equals("Id:      " + id)
                    && card.get(2).equals("Date:    " + shape.dtg()) && card.get(3).startsWith("Origin:  ")
                    && card.get(3).toUpperCase(Locale.ROOT).contains(shape.post()) && card.get(4).equals("Subject: " + subject)
                    && card.get(5).startsWith("Reason:  "), "card of " + id + ": " + card);
            Set<String> allowed = subjectReleasable ? words(subject) : Set.of();
            for (String w : words(text)) publicCheck(allowed.contains(w), "card of " + id + " shows " + w);
        }
        publicCheck(summary.equals(new PublicExport.Summary(released, inPart, withdrawn)),
                "public release " + summary + " != " + released + ", " + inPart + ", " + withdrawn);
        publicCheck(released > 0 && inPart > 0 && withdrawn > 0, "every kind of entry: " + summary);
    }

    static void publicCheck(boolean ok, String what) {
        publicChecks.incrementAndGet();
        check(ok, what);
    }

    static void notFound(Runnable call, String id, Integer version) {
        CableNotFoundException e = catchThrowableOfType(CableNotFoundException.class, call::run);
        check(e != null, "not found: " + id);
        check(e.getMessage().equals(CableNotFoundException.of(id, version).getMessage()), "message " + e.getMessage());
        check(e.getCause() == null && e.getStackTrace().length == 0, "nothing else in the exception");
    }
}
