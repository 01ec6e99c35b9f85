package org.chancery.archive.index;

import org.apache.lucene.search.ScoreDoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counted part of the recent searches of one index reader: exact total, facet counts and the first
 * {@link #DEPTH} matches in order. Counting is what a broad search pays for (every match is visited), and many
 * readers ask the same few broad questions; page 2 of a search is in its entry too. The hits of a page (subjects,
 * snippets) are still made per request.
 *
 * <p>An entry belongs to one opened reader (document numbers are the reader's), so a commit starts an empty
 * cache. The key holds everything the answer depends on besides the reader: the query, the readable label
 * classes and banners, the policy and the distribution keys (the same determinants as the visibility filters),
 * the order and the facets asked. Two readers share an entry only when the index would answer them alike.
 */
final class ResultCache {

    /** How many matches an entry keeps: the first pages of a search. Deeper pages are not cached. */
    static final int DEPTH = 50;

    /** Entries kept per reader; {@code -Dchancery.search.cache=0} turns the cache off (benchmarks of the engine). */
    static final int SIZE = Integer.getInteger("chancery.search.cache", 1000);

    private static final AtomicLong HITS = new AtomicLong();
    private static final AtomicLong MISSES = new AtomicLong();

    record Key(String query, Set<String> classes, Set<String> banners, boolean wholeCable, Set<String> distribution,
               SearchRequest.Sort sort, Set<Facet> facets, int facetLimit) {
    }

    /** The counted answer: the total, the first matches in order (at most {@link #DEPTH}), the facet values. */
    record Counted(long total, ScoreDoc[] top, Map<Facet, List<SearchResult.FacetValue>> facets) {
    }

    private final Map<Key, Counted> kept;

    ResultCache() {
        kept = SIZE <= 0 ? null : new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
                return size() > SIZE;
            }
        };
    }

    /** The key of a request, or null when it is not cached (cache off, or a page beyond {@link #DEPTH}). */
    Key key(SearchRequest request, Set<String> classes, Set<String> banners, boolean wholeCable,
            Set<String> distribution) {
        if (kept == null || request.offset() + request.limit() > DEPTH) return null;
        return new Key(request.query(), classes, banners, wholeCable, distribution, request.sort(),
                request.facets(), request.facetLimit());
    }

    Counted get(Key key) {
        if (key == null) return null;
        Counted found;
        synchronized (kept) {
            found = kept.get(key);
        }
        (found == null ? MISSES : HITS).incrementAndGet();
        return found;
    }

    void put(Key key, Counted counted) {
        if (key == null) return;
        synchronized (kept) {
            kept.put(key, counted);
        }
    }

    /** Searches answered from a cache and searches counted, since the process started (all indexes). */
    static LuceneSearchIndex.CacheCounts counts() {
        return new LuceneSearchIndex.CacheCounts(HITS.get(), MISSES.get());
    }
}
