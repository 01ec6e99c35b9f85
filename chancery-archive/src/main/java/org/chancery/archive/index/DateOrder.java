package org.chancery.archive.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One segment's documents in date order, kept in memory (an int per document: 4 MB per million cables), so that
 * a search sorted by date without facets takes its page from the first matches in that order instead of
 * comparing the date of every match. The order is the one of the search's date sort: by date, then by id (in
 * the same direction), undated cables last either way.
 */
final class DateOrder {

    private static final PerSegment<DateOrder> KEPT = new PerSegment<>(DateOrder::build);

    /** The dated documents by (date, id, doc) ascending; the undated by (id, doc) ascending. */
    private final int[] dated;
    private final int[] undated;

    private DateOrder(int[] dated, int[] undated) {
        this.dated = dated;
        this.undated = undated;
    }

    /** The segment's date order, built on first use. */
    static DateOrder of(LeafReader reader) throws IOException {
        return KEPT.get(reader);
    }

    private static DateOrder build(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        NumericDocValues dates = DocValues.getNumeric(reader, IndexFields.DATE);
        SortedDocValues ids = DocValues.getSorted(reader, IndexFields.ID);
        long[] date = new long[maxDoc];
        int[] id = new int[maxDoc];
        boolean[] has = new boolean[maxDoc];
        int datedCount = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (dates.advanceExact(doc)) {
                date[doc] = dates.longValue();
                has[doc] = true;
                datedCount++;
            }
            id[doc] = ids.advanceExact(doc) ? ids.ordValue() : -1;
        }
        int[] datedDocs = new int[datedCount];
        int[] undatedDocs = new int[maxDoc - datedCount];
        for (int doc = 0, d = 0, u = 0; doc < maxDoc; doc++) {
            if (has[doc]) datedDocs[d++] = doc;
            else undatedDocs[u++] = doc;
        }
        sort(datedDocs, (a, b) -> {
            int c = Long.compare(date[a], date[b]);
            if (c != 0) return c;
            c = Integer.compare(id[a], id[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        sort(undatedDocs, (a, b) -> {
            int c = Integer.compare(id[a], id[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return new DateOrder(datedDocs, undatedDocs);
    }

    private interface DocComparator {
        int compare(int a, int b);
    }

    private static void sort(int[] docs, DocComparator order) {
        new IntroSorter() {
            private int pivot;

            @Override
            protected void swap(int i, int j) {
                int t = docs[i];
                docs[i] = docs[j];
                docs[j] = t;
            }

            @Override
            protected int compare(int i, int j) {
                return order.compare(docs[i], docs[j]);
            }

            @Override
            protected void setPivot(int i) {
                pivot = docs[i];
            }

            @Override
            protected int comparePivot(int j) {
                return order.compare(pivot, docs[j]);
            }
        }.sort(0, docs.length);
    }

    /**
     * The first {@code wanted} documents of {@code matches} across the searcher's segments in date order (newest
     * first when asked), as the search's date sort gives them; {@code total} is the number of matches.
     */
    static TopDocs top(List<LeafReaderContext> leaves, FixedBitSet[] matches, int wanted, boolean newestFirst,
                       long total) throws IOException {
        // within a segment ids compare by ordinal; across segments by value
        record InSegment(int doc, boolean dated, long date, int idOrd) {
        }
        record Candidate(int doc, boolean dated, long date, BytesRef id) {
        }
        Comparator<InSegment> segmentOrder = order(InSegment::dated, InSegment::date,
                Comparator.comparingInt(InSegment::idOrd), InSegment::doc, newestFirst);
        List<Candidate> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = matches[leaf.ord];
            if (bits == null) continue;
            NumericDocValues dates = DocValues.getNumeric(leaf.reader(), IndexFields.DATE);
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
            int[] first = of(leaf.reader()).first(bits, wanted, newestFirst);
            java.util.Arrays.sort(first); // doc values are read forwards
            List<InSegment> found = new ArrayList<>(first.length);
            for (int doc : first) {
                boolean dated = dates.advanceExact(doc);
                found.add(new InSegment(doc, dated, dated ? dates.longValue() : 0,
                        ids.advanceExact(doc) ? ids.ordValue() : -1));
            }
            found.sort(segmentOrder);
            for (InSegment f : found.subList(0, Math.min(wanted, found.size()))) {
                BytesRef id = f.idOrd() < 0 ? new BytesRef() : BytesRef.deepCopyOf(ids.lookupOrd(f.idOrd()));
                candidates.add(new Candidate(leaf.docBase + f.doc(), f.dated(), f.date(), id));
            }
        }
        candidates.sort(order(Candidate::dated, Candidate::date, Comparator.comparing(Candidate::id), Candidate::doc,
                newestFirst));
        List<ScoreDoc> page = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(wanted, candidates.size()))) {
            page.add(new FieldDoc(c.doc(), Float.NaN));
        }
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
    }

    /** The date sort's order: dated first, by date then id in the direction asked, then by document. */
    private static <T> Comparator<T> order(java.util.function.Predicate<T> dated,
                                           java.util.function.ToLongFunction<T> date, Comparator<T> byId,
                                           java.util.function.ToIntFunction<T> doc, boolean newestFirst) {
        Comparator<T> byDate = Comparator.comparingLong(date);
        return Comparator.comparing((T t) -> !dated.test(t))
                .thenComparing(newestFirst ? byDate.reversed() : byDate)
                .thenComparing(newestFirst ? byId.reversed() : byId)
                .thenComparingInt(doc);
    }

    /**
     * The first {@code wanted} documents of {@code bits} in this order or its reverse (the undated last), or a
     * superset of them: when the matches are few (a month, a rare word), walking the order would pass over most
     * of the segment to find them, so they are all taken and the merge orders them.
     */
    private int[] first(FixedBitSet bits, int wanted, boolean newestFirst) {
        long matches = bits.cardinality();
        // walking finds `wanted` matches after about wanted * maxDoc / matches documents
        if (matches * matches <= (long) wanted * bits.length()) {
            int[] all = new int[(int) matches];
            int n = 0;
            for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                all[n++] = doc;
            }
            return all;
        }
        int[] out = new int[wanted];
        int n = 0;
        if (newestFirst) {
            for (int i = dated.length - 1; i >= 0 && n < wanted; i--) if (bits.get(dated[i])) out[n++] = dated[i];
            for (int i = undated.length - 1; i >= 0 && n < wanted; i--) if (bits.get(undated[i])) out[n++] = undated[i];
        } else {
            for (int i = 0; i < dated.length && n < wanted; i++) if (bits.get(dated[i])) out[n++] = dated[i];
            for (int i = 0; i < undated.length && n < wanted; i++) if (bits.get(undated[i])) out[n++] = undated[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
