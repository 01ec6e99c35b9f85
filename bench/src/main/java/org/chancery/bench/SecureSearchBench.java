package org.chancery.bench;

import org.chancery.archive.Archive;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cost of security on search: over an archive of generated cables (realistic markings: levels, NOFORN,
 * NODIS/EXDIS, REL TO, SIPDIS or limited distribution), the same query mix through {@link SecureArchive} for
 * several principals under both policies, and with no security filter, interleaved query by query in one run so
 * that both see the same machine. Prints p50/p99 of each and the overhead.
 *
 * <pre>
 * SecureSearchBench CORPUS_DIR STORE_DIR [--queries N] [--warmup N] [--read-only WORK_DIR]
 * </pre>
 * The store is ingested from the corpus when it holds no archive yet, and reused otherwise. With
 * {@code --read-only}, nothing is written under STORE_DIR (an archive made elsewhere, shared): WORK_DIR gets an
 * empty store of record and a link to STORE_DIR's index, which is opened read-only (searching needs only the
 * index).
 */
public final class SecureSearchBench {

    private static final Pattern WORD = Pattern.compile("\\b[A-Z]{5,12}\\b");

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path store = Path.of(args[1]);
        int queries = 2_000;
        int warmup = 1_000;
        Path readOnlyWork = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--read-only" -> readOnlyWork = Path.of(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (readOnlyWork != null) {
            if (!Archive.exists(store)) throw new IllegalArgumentException("no archive in " + store);
            Files.createDirectories(readOnlyWork);
            Path link = readOnlyWork.resolve(Archive.INDEX_FOLDER);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, store.resolve(Archive.INDEX_FOLDER).toAbsolutePath());
            }
            if (!Archive.exists(readOnlyWork)) org.chancery.archive.store.SqliteCableStore.open(readOnlyWork).close();
            store = readOnlyWork;
        } else if (!Archive.exists(store)) {
            long start = System.nanoTime();
            try (Archive archive = Archive.open(store)) {
                IngestSummary s = archive.ingest(List.of(corpus), IngestOptions.defaults(), IngestListener.NONE);
                System.out.printf(Locale.ROOT, "ingested %d cables in %.1f s%n", s.added(), (System.nanoTime() - start) / 1e9);
            }
        }
        List<SearchRequest> mix = mix(corpus, 400, new Random(7));
        try (Archive archive = readOnlyWork != null ? Archive.openReadOnly(store) : Archive.open(store)) {
            System.out.printf(Locale.ROOT, "archive: %,d cables in the index; %d queries per run after %d warm-up; load average %s%n",
                    archive.index().search(SearchRequest.of("*")).total(), queries, warmup, load());
            List<Principal> principals = List.of(
                    new Principal("analyst", Level.SECRET, Set.of(), Set.of("USA"), Set.of("STATE"), Set.of(Role.READER)),
                    new Principal("post-officer", Level.CONFIDENTIAL, Set.of(), Set.of("USA"), Set.of("PRAGUE"),
                            Set.of(Role.READER)),
                    new Principal("liaison", Level.SECRET, Set.of(), Set.of("GBR"), Set.of(), Set.of(Role.READER)),
                    new Principal("principal-officer", Level.TOP_SECRET, Set.of("NODIS", "EXDIS"), Set.of("USA"),
                            Set.of("STATE"), Set.of(Role.READER)));
            System.out.println("                                   unsecured p50/p99 ms   secured p50/p99 ms   overhead p50/p99   mean total (unsecured -> secured)");
            for (Policy policy : Policy.values()) {
                SecureArchive gate = new SecureArchive(archive, policy, SecureArchive.NO_AUDIT);
                for (Principal p : principals) {
                    run(gate, Viewer.as(p), policy + " " + p.id(), mix, warmup, queries);
                }
            }
            System.out.println("load average after: " + load());
        }
    }

    private static void run(SecureArchive gate, Viewer viewer, String what, List<SearchRequest> mix, int warmup,
                            int n) {
        for (int i = 0; i < warmup; i++) {
            SearchRequest q = mix.get(i % mix.size());
            gate.search(Viewer.LOCAL_ADMINISTRATOR, q);
            gate.search(viewer, q);
        }
        long[] plain = new long[n];
        long[] secured = new long[n];
        long plainTotal = 0;
        long securedTotal = 0;
        for (int i = 0; i < n; i++) {
            SearchRequest q = mix.get(i % mix.size());
            // alternate which goes first, so that neither always finds the caches warmed by the other
            boolean plainFirst = i % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean isPlain = (k == 0) == plainFirst;
                long t = System.nanoTime();
                // unsecured: straight to the index with no visibility (what the local administrator gets)
                SearchResult r = isPlain ? gate.archive().index().search(q) : gate.search(viewer, q);
                long ns = System.nanoTime() - t;
                if (isPlain) {
                    plain[i] = ns;
                    plainTotal += r.total();
                } else {
                    secured[i] = ns;
                    securedTotal += r.total();
                }
            }
        }
        Arrays.sort(plain);
        Arrays.sort(secured);
        double p50 = pct(plain, 50), p99 = pct(plain, 99), s50 = pct(secured, 50), s99 = pct(secured, 99);
        System.out.printf(Locale.ROOT, "%-34s %8.2f / %-8.2f     %8.2f / %-8.2f  %+6.1f%% / %+6.1f%%   %,d -> %,d%n",
                what, p50, p99, s50, s99, 100 * (s50 / p50 - 1), 100 * (s99 / p99 - 1), plainTotal / n, securedTotal / n);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    /** Words, two words, phrases, tag + word, origin, month + word, class + word; every facet; some by date. */
    static List<SearchRequest> mix(Path corpus, int size, Random r) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(f -> f.toString().endsWith(".txt")).limit(2_000).toList();
        }
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String text = Files.readString(files.get(r.nextInt(files.size())), StandardCharsets.UTF_8);
            int body = Math.max(0, text.indexOf("\n1. "));
            Matcher m = WORD.matcher(text.substring(body));
            String previous = null;
            while (m.find()) {
                words.add(m.group());
                if (previous != null && m.start() - previous.length() - 1 >= 0) pairs.add(previous + " " + m.group());
                previous = m.group();
            }
        }
        List<String> tags = List.of("PREL", "PGOV", "ECON", "PARM", "MARR", "ETRD", "KDEM", "PHUM", "EFIN", "PTER");
        List<String> origins = List.of("Secretary of State", "Embassy Prague", "Embassy Paris", "USUN New York",
                "Embassy Tokyo");
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String w = words.get(r.nextInt(words.size()));
            String q = switch (i % 7) {
                case 0 -> w;
                case 1 -> w + " " + words.get(r.nextInt(words.size()));
                case 2 -> "\"" + pairs.get(r.nextInt(pairs.size())) + "\"";
                case 3 -> "tag:" + tags.get(r.nextInt(tags.size())) + " " + w;
                case 4 -> "origin:\"" + origins.get(r.nextInt(origins.size())) + "\"";
                case 5 -> "date:" + (2001 + r.nextInt(10)) + "-" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(12))
                        + " " + w;
                default -> "class:secret " + w;
            };
            SearchRequest.Sort sort = i % 5 == 0 ? SearchRequest.Sort.DATE_DESC : SearchRequest.Sort.RELEVANCE;
            out.add(SearchRequest.of(q.toLowerCase(Locale.ROOT))
                    .withAllFacets().withSort(sort));
        }
        return out;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
