package org.chancery.archive.index;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The exact total and facet counts of a search, collected beside its page of hits in the same pass.
 *
 * <p>Facet values are counted per segment in segment ordinals while collecting (in the search's slices, so on
 * several cores; Lucene's facet counts run after the search, on one thread, over recorded matches) and mapped to
 * the reader's global ordinals once per segment at the end. Only the dimensions asked are counted, from the
 * segment's values in memory ({@link FacetOrdinals}; from the doc values when a segment's cannot be kept). One
 * dimension may be counted over a subset only (the tag facet over the cables whose banner the reader may read):
 * its values are skipped for the documents outside the subset, so that no second search is needed for it.
 */
final class ExactCounts implements CollectorManager<Collector, ExactCounts> {

    private final SortedSetDocValuesReaderState facetState;
    private final int[] dims;
    private final String subsetDim;
    private final int subsetIndex;
    private final DocSet subset;
    private final int[][] segmentCounts;
    private final int[] totals;

    /**
     * @param facetState the facet ordinals of the reader, or null to count no facets
     * @param dims       the dimensions to count
     * @param subsetDim  the dimension counted only over {@code subset}, or null
     * @param subset     the documents {@code subsetDim} is counted over, or null for all
     */
    ExactCounts(int leaves, SortedSetDocValuesReaderState facetState, Collection<String> dims, String subsetDim,
                DocSet subset) {
        this.facetState = facetState;
        this.dims = dims.stream().mapToInt(FacetOrdinals::dimIndex).filter(d -> d >= 0).toArray();
        this.subsetDim = subsetDim;
        this.subsetIndex = subsetDim == null ? -1 : FacetOrdinals.dimIndex(subsetDim);
        this.subset = subset;
        this.segmentCounts = new int[leaves][];
        this.totals = new int[leaves];
    }

    /** How many documents matched. */
    long total() {
        long sum = 0;
        for (int t : totals) sum += t;
        return sum;
    }

    @Override
    public Collector newCollector() {
        return new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return leafCollector(context);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    @Override
    public ExactCounts reduce(Collection<Collector> collectors) {
        return this;
    }

    private LeafCollector leafCollector(LeafReaderContext context) throws IOException {
        int leaf = context.ord;
        SortedSetDocValues values = facetState == null ? null
                : DocValues.getSortedSet(context.reader(), facetState.getField());
        int[] counts = values == null ? null : new int[(int) values.getValueCount()];
        segmentCounts[leaf] = counts;
        FixedBitSet subsetBits = subset == null ? null : subset.leaf(leaf);
        FacetOrdinals kept = counts == null ? null : FacetOrdinals.of(context.reader());
        if (kept != null) return new KeptValuesCollector(kept, counts, subsetBits, leaf);
        boolean subsetEmpty = subset != null && subsetBits == null;
        int[] range = subsetDim == null || values == null || subset == null ? new int[] {0, 0}
                : segmentRange(values, subsetDim);
        int skipFrom = range[0];
        int skipTo = range[1];
        return new LeafCollector() {
            int count;

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                count++;
                if (counts == null || !values.advanceExact(doc)) return;
                int n = values.docValueCount();
                if (skipFrom == skipTo || (!subsetEmpty && subsetBits.get(doc))) {
                    for (int i = 0; i < n; i++) counts[(int) values.nextOrd()]++;
                } else {
                    for (int i = 0; i < n; i++) {
                        int ord = (int) values.nextOrd();
                        if (ord < skipFrom || ord >= skipTo) counts[ord]++;
                    }
                }
            }

            @Override
            public void finish() {
                totals[leaf] = count;
            }
        };
    }

    /**
     * Counts the dimensions asked from the segment's values in memory: the matches are gathered in a buffer and
     * counted one dimension at a time, so that each pass reads one array and adds into one dimension's counts.
     */
    private final class KeptValuesCollector implements LeafCollector {
        private final FacetOrdinals kept;
        private final int[] counts;
        private final FixedBitSet subsetBits;
        private final int leaf;
        private final int[] buffer = new int[1024];
        private int buffered;
        private int count;

        KeptValuesCollector(FacetOrdinals kept, int[] counts, FixedBitSet subsetBits, int leaf) {
            this.kept = kept;
            this.counts = counts;
            this.subsetBits = subsetBits;
            this.leaf = leaf;
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) {
            buffer[buffered++] = doc;
            if (buffered == buffer.length) flush();
        }

        private void flush() {
            for (int d : dims) {
                if (d == subsetIndex && subset != null) {
                    if (subsetBits != null) kept.count(d, buffer, buffered, subsetBits, counts);
                } else {
                    kept.count(d, buffer, buffered, null, counts);
                }
            }
            count += buffered;
            buffered = 0;
        }

        @Override
        public void finish() {
            flush();
            totals[leaf] = count;
        }
    }

    /** The segment ordinals [from, to) of one dimension's values: its terms all start with the dimension and the delimiter. */
    private static int[] segmentRange(SortedSetDocValues values, String dim) throws IOException {
        long from = values.lookupTerm(new BytesRef(dim + FacetsConfig.DELIM_CHAR));
        long to = values.lookupTerm(new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1)));
        return new int[] {(int) (from < 0 ? -from - 1 : from), (int) (to < 0 ? -to - 1 : to)};
    }

    /** One value of a facet and its count. */
    record Count(String value, int count) {
    }

    /**
     * The {@code limit} most frequent values of {@code dim} among the matches, most frequent first, ties in the
     * order of the values (as Lucene's facet counts give them); values with no match are left out.
     */
    List<Count> top(String dim, int limit) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = facetState.getOrdRange(dim);
        if (range == null) return List.of();
        int[] global = globalCounts();
        // smallest first: the head is the one to drop
        PriorityQueue<int[]> best = new PriorityQueue<>(limit + 1,
                (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (global[ord] == 0) continue;
            best.add(new int[] {ord, global[ord]});
            if (best.size() > limit) best.poll();
        }
        List<int[]> sorted = new ArrayList<>(best);
        sorted.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        SortedSetDocValues dv = facetState.getDocValues();
        List<Count> out = new ArrayList<>(sorted.size());
        for (int[] oc : sorted) {
            String[] path = FacetsConfig.stringToPath(dv.lookupOrd(oc[0]).utf8ToString());
            out.add(new Count(path[path.length - 1], oc[1]));
        }
        return out;
    }

    private int[] global;

    /** The counts by the reader's global ordinals, summed from the segments' counts once. */
    private int[] globalCounts() throws IOException {
        if (global != null) return global;
        int[] out = new int[facetState.getSize()];
        SortedSetDocValues dv = facetState.getDocValues();
        OrdinalMap map = dv instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (int leaf = 0; leaf < segmentCounts.length; leaf++) {
            int[] counts = segmentCounts[leaf];
            if (counts == null) continue;
            LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] != 0) out[(int) toGlobal.get(ord)] += counts[ord];
            }
        }
        global = out;
        return out;
    }
}
