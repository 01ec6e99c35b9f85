package org.chancery.bench;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.index.PortionSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Where the search benchmark's query mix takes its words from: words by frequency rank (0 = the most frequent),
 * origins (posts, most frequent first), and phrases — two words that stand next to each other in some cable,
 * at least one of them outside the 100 most frequent (what people quote: "foreign minister", not "of the").
 */
interface MixSource {

    String word(int rank);

    String origin(int i);

    String phrase(Random r);

    /** The synthetic generator's vocabulary and posts; phrases from its cables' text. */
    static MixSource synthetic(SyntheticIndexDocuments gen) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < 200; i++) ranks.putIfAbsent(gen.word(i), i);
        return new MixSource() {
            @Override
            public String word(int rank) {
                return gen.word(rank);
            }

            @Override
            public String origin(int i) {
                return gen.post(i).name();
            }

            @Override
            public String phrase(Random r) {
                while (true) {
                    IndexDocument d = gen.cable(r.nextInt((int) Math.min(Integer.MAX_VALUE, gen.count())));
                    String p = pair(d.portions().get(r.nextInt(d.portions().size())).text(), ranks, r);
                    if (p != null) return p;
                }
            }
        };
    }

    /**
     * Words of the text fields of an index, ranked by the number of cables holding them; origins and phrases from
     * the stored fields of 2,000 random cables, their text from {@code text} (the store beside the index) when the
     * index does not store it.
     */
    static MixSource fromIndex(Path indexDir, Random r, PortionSource text) throws IOException {
        try (MMapDirectory dir = new MMapDirectory(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, Long> df = new HashMap<>();
            for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
                if (!info.name.startsWith(IndexFields.TEXT_PREFIX)) continue;
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(info.name);
                    if (terms == null) continue;
                    TermsEnum e = terms.iterator();
                    for (BytesRef t = e.next(); t != null; t = e.next()) {
                        String w = t.utf8ToString();
                        if (w.length() >= 2 && w.chars().allMatch(Character::isLetter)) df.merge(w, (long) e.docFreq(), Long::sum);
                    }
                }
            }
            List<String> words = new ArrayList<>(df.keySet());
            words.sort(Comparator.comparing((String w) -> -df.get(w)).thenComparing(Comparator.naturalOrder()));
            Map<String, Integer> ranks = new HashMap<>();
            for (int i = 0; i < words.size(); i++) ranks.put(words.get(i), i);
            Map<String, Integer> originCounts = new HashMap<>();
            List<String> portions = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < 2000; i++) {
                Document doc = stored.document(r.nextInt(reader.maxDoc()));
                String origin = doc.get(IndexFields.ORIGIN);
                if (origin != null) originCounts.merge(origin, 1, Integer::sum);
                int before = portions.size();
                for (IndexableField f : doc.getFields()) {
                    if (f.name().startsWith(IndexFields.TEXT_PREFIX) && f.stringValue() != null) portions.add(f.stringValue());
                }
                if (portions.size() == before && doc.getField(IndexFields.VERSION) != null) {
                    for (IndexDocument.Portion p : text.portions(doc.get(IndexFields.ID),
                            doc.getField(IndexFields.VERSION).numericValue().intValue())) {
                        if (p.kind() != IndexDocument.Portion.Kind.SUBJECT && p.text() != null) portions.add(p.text());
                    }
                }
            }
            List<String> origins = new ArrayList<>(originCounts.keySet());
            origins.sort(Comparator.comparing((String o) -> -originCounts.get(o)).thenComparing(Comparator.naturalOrder()));
            return new MixSource() {
                @Override
                public String word(int rank) {
                    return words.get(Math.min(rank, words.size() - 1));
                }

                @Override
                public String origin(int i) {
                    return origins.get(i % origins.size());
                }

                @Override
                public String phrase(Random random) {
                    while (true) {
                        String p = pair(portions.get(random.nextInt(portions.size())), ranks, random);
                        if (p != null) return p;
                    }
                }
            };
        }
    }

    /** Two adjacent words of {@code text} (letters only), one of them outside the 100 most frequent; or null. */
    static String pair(String text, Map<String, Integer> ranks, Random r) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            String a = tokens[i - 1];
            String b = tokens[i];
            if (a.length() < 2 || b.length() < 2) continue;
            if (ranks.getOrDefault(a, Integer.MAX_VALUE) < 100 && ranks.getOrDefault(b, Integer.MAX_VALUE) < 100) continue;
            pairs.add(a + " " + b);
        }
        return pairs.isEmpty() ? null : pairs.get(r.nextInt(pairs.size()));
    }
}
