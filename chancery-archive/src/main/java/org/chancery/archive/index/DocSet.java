package org.chancery.archive.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of documents of one reader, as a bit set per segment (null where the set has none): the matches of a
 * search's first pass, or a visibility filter computed once per reader and kept (docs/index-design.md). A
 * segment's set is {@code maxDoc / 8} bytes: 125 KB for a million documents.
 */
final class DocSet {

    private final FixedBitSet[] leaves;
    private final int[] sizes;

    /** The set of these bits per segment (null: none), with the number of documents in each. */
    DocSet(FixedBitSet[] leaves, int[] sizes) {
        this.leaves = leaves;
        this.sizes = sizes;
    }

    /**
     * The documents of {@code query} among the live documents of the searcher's reader, found without scores in
     * bulk (a disjunction fills whole windows of bits at once).
     */
    static DocSet of(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new MatchSet(searcher.getIndexReader().leaves().size())).docs();
    }

    /**
     * The documents in both sets; a null set stands for every live document, so the result is null only when
     * both are.
     */
    static DocSet and(DocSet a, DocSet b) {
        if (a == null) return b;
        if (b == null) return a;
        int n = Math.max(a.leaves.length, b.leaves.length);
        FixedBitSet[] leaves = new FixedBitSet[n];
        int[] sizes = new int[n];
        for (int leaf = 0; leaf < n; leaf++) {
            FixedBitSet x = a.leaf(leaf);
            FixedBitSet y = b.leaf(leaf);
            if (x == null || y == null) continue;
            FixedBitSet both = x.clone();
            both.and(y);
            leaves[leaf] = both;
            sizes[leaf] = both.cardinality();
        }
        return new DocSet(leaves, sizes);
    }

    /**
     * The documents of {@code a} (null: every live document of the searcher's reader) that are not in {@code b};
     * null when {@code b} is.
     */
    static DocSet andNot(IndexSearcher searcher, DocSet a, DocSet b) {
        if (b == null) return a;
        if (Arrays.stream(b.sizes).allMatch(n -> n == 0)) return a; // nothing to take out
        List<LeafReaderContext> contexts = searcher.getIndexReader().leaves();
        FixedBitSet[] leaves = new FixedBitSet[contexts.size()];
        int[] sizes = new int[contexts.size()];
        for (LeafReaderContext context : contexts) {
            int leaf = context.ord;
            FixedBitSet kept;
            if (a != null) {
                FixedBitSet x = a.leaf(leaf);
                if (x == null) continue;
                kept = x.clone();
            } else {
                int maxDoc = context.reader().maxDoc();
                kept = new FixedBitSet(maxDoc);
                kept.set(0, maxDoc);
                Bits live = context.reader().getLiveDocs();
                if (live != null) {
                    for (int doc = 0; doc < maxDoc; doc++) if (!live.get(doc)) kept.clear(doc);
                }
            }
            FixedBitSet out = b.leaf(leaf);
            if (out != null) kept.andNot(out);
            leaves[leaf] = kept;
            sizes[leaf] = kept.cardinality();
        }
        return new DocSet(leaves, sizes);
    }

    /** The segment's documents, or null when it has none. */
    FixedBitSet leaf(int ord) {
        return ord < leaves.length && sizes[ord] > 0 ? leaves[ord] : null;
    }

    /** Whether at least {@code share} of the live documents of the searcher's reader are in the set. */
    boolean holdsAtLeast(IndexSearcher searcher, double share) {
        long in = 0;
        for (int n : sizes) in += n;
        return in >= share * searcher.getIndexReader().numDocs();
    }

    /**
     * The collectors of {@code manager} seeing only the documents of the set: a filter checked per match, cheaper
     * than a filter clause (which the query advances to at every candidate) when the set holds most documents.
     */
    <C extends Collector, T> CollectorManager<Collector, T> only(
            CollectorManager<C, T> manager) {
        return new CollectorManager<>() {
            private final List<C> inner = new ArrayList<>();

            @Override
            public Collector newCollector() throws IOException {
                C collector = manager.newCollector();
                synchronized (inner) {
                    inner.add(collector);
                }
                return new FilterCollector(collector) {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        FixedBitSet bits = leaf(context.ord);
                        if (bits == null) throw new CollectionTerminatedException(); // nothing of the set here
                        return new FilterLeafCollector(super.getLeafCollector(context)) {
                            @Override
                            public void collect(int doc) throws IOException {
                                if (bits.get(doc)) in.collect(doc);
                            }

                            // Skipping what the inner collector cannot use (a date sort's non-competitive
                            // documents) is as right with the filter as without it.
                            @Override
                            public DocIdSetIterator competitiveIterator() throws IOException {
                                return in.competitiveIterator();
                            }
                        };
                    }
                };
            }

            @Override
            public T reduce(Collection<Collector> collectors) throws IOException {
                return manager.reduce(inner);
            }
        };
    }

    /** Whether every live document of the searcher's reader is in the set. */
    boolean coversAll(IndexSearcher searcher) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.ord >= sizes.length || sizes[leaf.ord] < leaf.reader().numDocs()) return false;
        }
        return true;
    }

    /** A constant-score query matching the set (for the reader it was made for). */
    Query query(String description) {
        return new SetQuery(this, description);
    }

    private static final class SetQuery extends Query {
        private final DocSet set;
        private final String description;

        SetQuery(DocSet set, String description) {
            this.set = set;
            this.description = description;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                    FixedBitSet bits = set.leaf(context.ord);
                    if (bits == null) return null;
                    // the cost is what makes a conjunction lead with the smaller set
                    long cost = set.sizes[context.ord];
                    return new ScorerSupplier() {
                        @Override
                        public Scorer get(long leadCost) {
                            return new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(bits, cost));
                        }

                        @Override
                        public long cost() {
                            return cost;
                        }
                    };
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // already a bit set; and a first pass's matches are of one search only
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return description;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SetQuery q && q.set == set;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(set) ^ Arrays.hashCode(new Object[] {description});
        }
    }
}
