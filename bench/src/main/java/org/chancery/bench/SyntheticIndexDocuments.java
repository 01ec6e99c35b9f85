package org.chancery.bench;

import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.catalog.Post;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.catalog.Tags;
import org.chancery.cable.model.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic index documents for the search benchmark: cable number {@code n} is always the same
 * (its own random stream), so documents can be made on any thread in any order. Text is drawn from a Zipf
 * distribution over a vocabulary of common words and made-up words (made of syllables), which gives the term
 * statistics of real text (a few very frequent words, a long tail); posts and tags come from the catalogs;
 * classifications, caveats and portion marks in rough real proportions.
 */
final class SyntheticIndexDocuments {

    private static final String[] COMMON = ("the of and to in a that for on is said with by as government minister "
            + "embassy ambassador officials would will not be has was are post president foreign security "
            + "military election party economic support talks agreement meeting new also their this from "
            + "policy defense trade energy nuclear border police reform human rights oil gas budget bank "
            + "parliament opposition prime visit cooperation assistance program regional united states "
            + "ministry national council army forces crisis sanctions treaty demarche summary comment "
            + "end request action press media corruption court justice refugees aid health water").split(" ");
    private static final String[] SYLLABLES = ("ka lo mi ra ten sul bor vik an el os tra pen dor qui zen mar "
            + "lis tov gar hel ni pra sto vel").split(" ");
    private static final int VOCABULARY = 40_000;
    private static final long START = Instant.parse("2001-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2011-01-01T00:00:00Z").getEpochSecond() - START;

    private final String[] words;
    private final double[] cumulative;
    private final List<Post> posts;
    private final List<TagInfo> tags;
    private final long seed;
    private final long count;

    /** Generator of {@code count} cables, dated evenly over 2001-2010 by number. */
    SyntheticIndexDocuments(long seed, long count) {
        this.seed = seed;
        this.count = Math.max(1, count);
        words = new String[VOCABULARY];
        System.arraycopy(COMMON, 0, words, 0, COMMON.length);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = COMMON.length; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + r.nextInt(3);
            for (int s = 0; s < syllables; s++) w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            words[i] = w.toString();
        }
        cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) cumulative[i] /= sum;
        posts = Posts.builtIn().all();
        tags = Tags.builtIn().all();
    }

    /** A word of rank about {@code rank} (0 = the most frequent), for queries. */
    long count() {
        return count;
    }

    String word(int rank) {
        return words[rank];
    }

    Post post(int i) {
        return posts.get(i % posts.size());
    }

    IndexDocument cable(long n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        Post origin = posts.get(r.nextInt(posts.size()));
        Instant dtg = Instant.ofEpochSecond(START + (long) (SPAN * ((double) n / count))
                + r.nextInt(86_400 * 3));
        String year = String.format(Locale.ROOT, "%02d", dtg.atZone(java.time.ZoneOffset.UTC).getYear() % 100);
        String id = year + origin.idPrefix() + n;
        double c = r.nextDouble();
        Level banner = c < 0.45 ? Level.UNCLASSIFIED : c < 0.53 ? Level.SBU : c < 0.85 ? Level.CONFIDENTIAL
                : c < 0.995 ? Level.SECRET : Level.TOP_SECRET;
        List<String> caveats = new ArrayList<>();
        if (r.nextDouble() < 0.85) caveats.add("SIPDIS");
        String control = null;
        if (banner.isClassified()) {
            double k = r.nextDouble();
            control = k < 0.12 ? "NOFORN" : k < 0.14 ? "NODIS" : k < 0.16 ? "EXDIS" : null;
            if (control != null) caveats.add(control);
        }
        List<String> to = new ArrayList<>();
        to.add(r.nextDouble() < 0.8 ? "SECSTATE WASHDC" : posts.get(r.nextInt(posts.size())).plad());
        List<String> info = new ArrayList<>();
        int infos = r.nextInt(6);
        for (int i = 0; i < infos; i++) info.add(posts.get(r.nextInt(posts.size())).plad());
        List<String> cableTags = new ArrayList<>();
        int tagCount = 2 + r.nextInt(4);
        for (int i = 0; i < tagCount; i++) {
            // Tags are skewed too: a few subject tags on most cables.
            int t = (int) (tags.size() * Math.pow(r.nextDouble(), 3));
            String code = tags.get(t).code();
            if (!cableTags.contains(code)) cableTags.add(code);
        }
        double p = r.nextDouble();
        String precedence = p < 0.6 ? "ROUTINE" : p < 0.9 ? "PRIORITY" : p < 0.995 ? "IMMEDIATE" : "NIACT IMMEDIATE";
        List<String> refs = new ArrayList<>();
        int refCount = r.nextDouble() < 0.4 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < refCount && n > 0; i++) {
            long cited = Math.max(0, n - 1 - r.nextInt((int) Math.min(n, 50_000)));
            refs.add("REF" + cited);
        }
        List<Portion> portions = new ArrayList<>();
        portions.add(new Portion(Portion.Kind.SUBJECT, null, mark(r, banner), controls(r, banner, control),
                text(r, 4 + r.nextInt(6)).toUpperCase(Locale.ROOT)));
        int paragraphs = 3 + r.nextInt(8);
        for (int i = 1; i <= paragraphs; i++) {
            portions.add(new Portion(Portion.Kind.PARAGRAPH, i, mark(r, banner), controls(r, banner, control),
                    text(r, 30 + r.nextInt(90)).toUpperCase(Locale.ROOT)));
        }
        return new IndexDocument(id, 1, n + 1, dtg, origin.name(), to, info, banner, caveats, cableTags,
                precedence, refs, portions);
    }

    /** A portion's level: the banner, or lower (half of the portions of a classified cable are lower). */
    private static Level mark(SplittableRandom r, Level banner) {
        if (banner.ordinal() == 0 || r.nextBoolean()) return banner;
        return Level.values()[r.nextInt(banner.ordinal() + 1)];
    }

    private static List<String> controls(SplittableRandom r, Level banner, String control) {
        return control != null && r.nextDouble() < 0.6 ? List.of(control) : List.of();
    }

    private String text(SplittableRandom r, int count) {
        StringBuilder b = new StringBuilder(count * 7);
        int line = 0;
        for (int i = 0; i < count; i++) {
            String w = words[zipf(r)];
            if (line + w.length() + 1 > 69) {
                b.append('\n');
                line = 0;
            } else if (i > 0) {
                b.append(' ');
                line++;
            }
            b.append(w);
            line += w.length();
            if (r.nextInt(14) == 0) b.append('.');
        }
        return b.append('.').toString();
    }

    private int zipf(SplittableRandom r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i);
    }

    /** All portion text of a cable in one string (for the raw Lucene floor). */
    static String allText(IndexDocument doc) {
        StringBuilder b = new StringBuilder();
        for (Portion p : doc.portions()) b.append(p.text()).append("\n\n");
        return b.toString();
    }
}
