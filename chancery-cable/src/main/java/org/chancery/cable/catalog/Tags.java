package org.chancery.cable.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chancery.cable.model.TagKind;

/**
 * The TAGS catalog: each tag's kind and meaning. Files are UTF-8, one tag a line, {@code CODE<TAB>KIND<TAB>MEANING}
 * ({@code #} comments); a code may have several lines, the first being its usual reading (AU: African Union, then
 * Austria). Lookups ignore case and surrounding whitespace.
 */
public final class Tags {

    private static final String RESOURCE = "tags.tsv";
    /** Longer than any tag code; bounds the work of {@link #splitFused} per position. */
    private static final int MAX_CODE = 12;

    private static final class BuiltIn {
        static final Tags INSTANCE = new Tags(parse(CatalogFile.resource(RESOURCE)));
    }

    private final List<TagInfo> all;
    private final Map<String, List<TagInfo>> byCode = new HashMap<>();
    /** Code lengths present in the catalog, longest first, for splitting fused tags. */
    private final int[] lengths;

    private Tags(List<TagInfo> tags) {
        this.all = List.copyOf(tags);
        boolean[] seen = new boolean[MAX_CODE + 1];
        for (TagInfo tag : all) {
            List<TagInfo> list = byCode.computeIfAbsent(tag.code(), k -> new ArrayList<>(1));
            if (!list.contains(tag)) {
                list.add(tag);
            }
            seen[tag.code().length()] = true;
        }
        lengths = java.util.stream.IntStream.rangeClosed(1, MAX_CODE).map(i -> MAX_CODE + 1 - i)
                .filter(i -> seen[i]).toArray();
    }

    /** The built-in catalog of the tags in common use, read once on first use. */
    public static Tags builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * A fuller catalog from a file (format documented in docs/catalogs.md), on top of the built-in one: where
     * both list a code, the file's reading comes first.
     *
     * @throws CatalogFormatException when a line is malformed
     */
    public static Tags load(Path file) throws IOException {
        List<TagInfo> tags = new ArrayList<>(parse(CatalogFile.file(file, true)));
        tags.addAll(builtIn().all);
        return new Tags(tags);
    }

    /** A catalog of exactly these tags. */
    public static Tags of(List<TagInfo> tags) {
        return new Tags(tags);
    }

    /** Every catalogued reading, in catalog order. */
    public List<TagInfo> all() {
        return all;
    }

    /** The usual reading of a code: {@code prel} → PREL, SUBJECT, "external political relations". */
    public Optional<TagInfo> lookup(String code) {
        List<TagInfo> readings = lookupAll(code);
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(0));
    }

    /** Every reading of a code, usual one first; empty when the code is not catalogued. */
    public List<TagInfo> lookupAll(String code) {
        String key = CatalogFile.key(code);
        List<TagInfo> readings = key == null ? null : byCode.get(key);
        return readings == null ? List.of() : List.copyOf(readings);
    }

    public boolean isKnown(String code) {
        return !lookupAll(code).isEmpty();
    }

    /**
     * The kind of a code: its catalogued kind, else a guess from its shape (two letters: GEOGRAPHIC; four
     * letters beginning with K: PROGRAM; four letters: SUBJECT); UNKNOWN otherwise.
     */
    public TagKind kindOf(String code) {
        Optional<TagInfo> known = lookup(code);
        if (known.isPresent()) {
            return known.get().kind();
        }
        String key = CatalogFile.key(code);
        if (key == null || !lettersOnly(key)) {
            return TagKind.UNKNOWN;
        }
        return switch (key.length()) {
            case 2 -> TagKind.GEOGRAPHIC;
            case 4 -> key.charAt(0) == 'K' ? TagKind.PROGRAM : TagKind.SUBJECT;
            default -> TagKind.UNKNOWN;
        };
    }

    /**
     * Splits fused tags into catalogued codes: {@code PHUMPGOV} → [PHUM, PGOV]. Of all the ways to cut the word
     * into known codes with no two two-letter codes side by side, takes one with the fewest pieces (so real
     * four-letter tags beat pairs of country codes, and a free-text word such as POLITICS is not read as four
     * country codes). Linear in the length of the word (dynamic programming over at most a dozen code lengths per
     * position). A known code comes back alone; empty when the word cannot be cut that way.
     */
    public List<String> splitFused(String fused) {
        String word = CatalogFile.key(fused);
        if (word == null || word.isEmpty() || !lettersOnly(word)) {
            return List.of();
        }
        int n = word.length();
        // pieces[s][i]: fewest codes covering word[i..n) when the piece before i was two letters (s = 1) or not
        // (s = 0); cut[s][i]: the length of the first of them
        int none = Integer.MAX_VALUE;
        int[][] pieces = new int[2][n + 1];
        int[][] cut = new int[2][n + 1];
        Arrays.fill(pieces[0], none);
        Arrays.fill(pieces[1], none);
        pieces[0][n] = 0;
        pieces[1][n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int len : lengths) {
                if (i + len > n) {
                    continue;
                }
                int next = pieces[len == 2 ? 1 : 0][i + len];
                if (next == none || !byCode.containsKey(word.substring(i, i + len))) {
                    continue;
                }
                for (int s = 0; s < 2; s++) {
                    if ((s == 0 || len != 2) && next + 1 < pieces[s][i]) {
                        pieces[s][i] = next + 1;
                        cut[s][i] = len;
                    }
                }
            }
        }
        if (pieces[0][0] == none) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(pieces[0][0]);
        int s = 0;
        for (int i = 0; i < n; ) {
            int len = cut[s][i];
            codes.add(word.substring(i, i + len));
            s = len == 2 ? 1 : 0;
            i += len;
        }
        return List.copyOf(codes);
    }

    /**
     * The tags whose meaning holds every word of the query, or whose code is the query: "arms control" finds
     * PARM. Case-insensitive; catalog order; empty for a blank query.
     */
    public List<TagInfo> meaningsMatching(String words) {
        String key = CatalogFile.key(words);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        String[] terms = key.toLowerCase(Locale.ROOT).split(" ");
        List<TagInfo> out = new ArrayList<>();
        for (TagInfo tag : all) {
            String meaning = tag.meaning().toLowerCase(Locale.ROOT);
            boolean match = tag.code().equals(key);
            if (!match) {
                match = true;
                for (String term : terms) {
                    if (!meaning.contains(term)) {
                        match = false;
                        break;
                    }
                }
            }
            if (match) {
                out.add(tag);
            }
        }
        return List.copyOf(out);
    }

    private static boolean lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static List<TagInfo> parse(List<CatalogFile.Line> lines) {
        List<TagInfo> out = new ArrayList<>(lines.size());
        for (CatalogFile.Line line : lines) {
            List<String> f = line.tabFields(3, 3, "CODE, KIND, MEANING");
            String code = f.get(0).toUpperCase(Locale.ROOT);
            if (code.length() < 2 || code.length() > MAX_CODE || !lettersOnly(code)) {
                throw line.error("code \"" + f.get(0) + "\" must be 2 to " + MAX_CODE + " letters A-Z");
            }
            TagKind kind;
            try {
                kind = TagKind.valueOf(f.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null || kind == TagKind.UNKNOWN) {
                throw line.error("kind \"" + f.get(1) + "\" is not one of SUBJECT, PROGRAM, GEOGRAPHIC,"
                        + " ORGANIZATION, PERSON");
            }
            if (f.get(2).isEmpty()) {
                throw line.error("empty meaning for " + code);
            }
            out.add(new TagInfo(code, kind, f.get(2)));
        }
        return out;
    }
}
