package org.chancery.archive.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The exact number of matches of a query, counted without scores, for a search that asks no facets: its page
 * of hits is then found by a collector allowed to skip what cannot make the page (block-max WAND, date-sort
 * skipping), so the total is counted apart, more cheaply than by scoring every match.
 */
final class MatchCount {

    private MatchCount() {
    }

    /**
     * How many live documents match {@code query} and, when {@code visible} is given, are in that set (a
     * visibility filter checked per match rather than joined to the query).
     */
    static long of(IndexSearcher searcher, Query query, DocSet visible) throws IOException {
        // Lucene's count takes the segment's count from the index where it is exact and free (a term or every
        // document of a segment without deletions) and otherwise counts without scores (windows of bits for a
        // disjunction).
        if (visible == null) return searcher.count(query);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Callable<Integer>> leaves = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet bits = visible.leaf(leaf.ord);
            if (bits != null) leaves.add(() -> countIn(weight, leaf, bits));
        }
        long total = 0;
        for (int n : searcher.getTaskExecutor().invokeAll(leaves)) total += n;
        return total;
    }

    /**
     * The matches of one segment among {@code visible}: the matches as bits (a disjunction fills them clause by
     * clause from the postings), then one pass of bit counting. The set holds live documents only, so deletions
     * need no check of their own.
     */
    private static int countIn(Weight weight, LeafReaderContext leaf, FixedBitSet visible) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) return 0;
        DocIdSetIterator it = scorer.iterator();
        int maxDoc = leaf.reader().maxDoc();
        if (it.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) return 0;
        FixedBitSet matches = new FixedBitSet(maxDoc);
        it.intoBitSet(maxDoc, matches, 0);
        return (int) FixedBitSet.intersectionCount(matches, visible);
    }
}
