package org.chancery.archive.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import java.util.Collection;

/**
 * Every match of a search as a bit set per segment, collected without scores (so Lucene's bulk scorers fill
 * whole windows at once): for a search sorted by date without facets, the total is the number of bits and the
 * page comes from the first matches in date order ({@link DateOrder}); for a clause checked per match
 * ({@link CheckedClauses}), the documents it holds.
 */
final class MatchSet implements CollectorManager<Collector, MatchSet> {

    private final FixedBitSet[] leaves;

    MatchSet(int leaves) {
        this.leaves = new FixedBitSet[leaves];
    }

    /** The matches by segment (null: none in that segment). */
    FixedBitSet[] leaves() {
        return leaves;
    }

    /** The matches as a set (of live documents: a search collects no deleted one). */
    DocSet docs() {
        int[] sizes = new int[leaves.length];
        for (int leaf = 0; leaf < leaves.length; leaf++) {
            if (leaves[leaf] != null) sizes[leaf] = leaves[leaf].cardinality();
        }
        return new DocSet(leaves, sizes);
    }

    /** Keeps only the matches in {@code visible}, a set of live documents, and returns how many remain. */
    long retain(DocSet visible) {
        long total = 0;
        for (int leaf = 0; leaf < leaves.length; leaf++) {
            if (leaves[leaf] == null) continue;
            FixedBitSet keep = visible == null ? null : visible.leaf(leaf);
            if (visible != null && keep == null) {
                leaves[leaf] = null;
                continue;
            }
            if (keep != null) leaves[leaf].and(keep);
            total += leaves[leaf].cardinality();
        }
        return total;
    }

    @Override
    public Collector newCollector() {
        return new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) {
                FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
                leaves[context.ord] = bits;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        bits.set(doc);
                    }

                    @Override
                    public void collect(DocIdStream stream) throws java.io.IOException {
                        stream.forEach(bits::set);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    @Override
    public MatchSet reduce(Collection<Collector> collectors) {
        return this;
    }
}
