package org.chancery.archive.index;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts the facet values of the matching cables while the search collects them: one pass over each matching
 * document's sorted-set ordinals (all dimensions are in one doc-values field), counted per segment and mapped to
 * global ordinals once per segment. Lucene's {@code FacetsCollector} + {@code SortedSetDocValuesFacetCounts} do
 * the same in two passes (record the matching documents, then count them); on a million cables the recording
 * was a large part of a broad query's time. Counts are exact; every value of a document counts once.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counts> {

    private final SortedSetDocValuesReaderState state;
    private final OrdinalMap ordinalMap;

    FacetCounter(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        SortedSetDocValues top = state.getDocValues();
        this.ordinalMap = top instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    }

    @Override
    public Counts newCollector() {
        return new Counts(new int[state.getSize()]);
    }

    @Override
    public Counts reduce(Collection<Counts> collectors) {
        Counts total = null;
        for (Counts c : collectors) {
            if (total == null) {
                total = c;
            } else {
                for (int i = 0; i < total.counts.length; i++) total.counts[i] += c.counts[i];
            }
        }
        return total == null ? newCollector() : total;
    }

    /** The most frequent values of {@code dim}, most frequent first (ties in value order), at most {@code limit}. */
    List<SearchResult.FacetValue> top(Counts counts, String dim, int limit) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) return List.of();
        List<int[]> found = new ArrayList<>();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts.counts[ord] > 0) found.add(new int[] {ord, counts.counts[ord]});
        }
        found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        SortedSetDocValues values = state.getDocValues();
        List<SearchResult.FacetValue> out = new ArrayList<>(Math.min(limit, found.size()));
        for (int i = 0; i < found.size() && i < limit; i++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(found.get(i)[0]).utf8ToString());
            out.add(new SearchResult.FacetValue(path[path.length - 1], found.get(i)[1]));
        }
        return out;
    }

    /** Counts per global ordinal. */
    final class Counts implements Collector {
        private final int[] counts;

        private Counts(int[] counts) {
            this.counts = counts;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = context.reader().getSortedSetDocValues(state.getField());
            if (values == null) return NOTHING;
            LongValues toGlobal = ordinalMap == null ? null : ordinalMap.getGlobalOrds(context.ord);
            // Counted per segment ordinal, mapped to global ordinals once at the end of the segment.
            int[] segment = toGlobal == null ? counts : new int[(int) values.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!values.advanceExact(doc)) return;
                    for (int i = 0, n = values.docValueCount(); i < n; i++) segment[(int) values.nextOrd()]++;
                }

                @Override
                public void finish() {
                    if (segment == counts) return;
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] != 0) counts[(int) toGlobal.get(ord)] += segment[ord];
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final LeafCollector NOTHING = new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) {
        }
    };
}
