package org.chancery.archive.index;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Arrays;

/**
 * One segment's facet values in memory, by dimension, so that counting a match is an array read per dimension
 * asked instead of decoding the document's sorted-set doc values (every value of every dimension: about a quarter
 * of the CPU of a broad search with facets).
 *
 * <p>Values are segment ordinals of the facet field, kept relative to the first ordinal of their dimension (each
 * dimension's values are a contiguous range: their terms all start with the dimension's name and the
 * delimiter) in a {@code char}, so a segment whose dimension has 65,535 values or more is not kept (its matches
 * are counted from the doc values). A dimension with at most one value per document is one {@code char} per
 * document (0: none, else the value + 1); the others (tags, addressees) an offset per document and their
 * values. About 30 MB per million cables. Built once per segment core and kept until the segment is closed, so a
 * new commit builds only its new segments.
 */
final class FacetOrdinals {

    /** The dimensions kept, in {@link Facet} order. */
    private static final String[] DIMS = Arrays.stream(Facet.values()).map(Facet::dim).toArray(String[]::new);
    private static final PerSegment<FacetOrdinals> KEPT =
            new PerSegment<>(reader -> build(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME));

    /** The segment ordinal of each dimension's first value. */
    private final int[] base;
    /** Per dimension with at most one value per document: value + 1 by document, 0 for none; else null. */
    private final char[][] single;
    /** Per dimension with several values per document: where each document's values start (maxDoc + 1). */
    private final int[][] starts;
    private final char[][] values;

    private FacetOrdinals(int[] base, char[][] single, int[][] starts, char[][] values) {
        this.base = base;
        this.single = single;
        this.starts = starts;
        this.values = values;
    }

    /** The index of a dimension, as {@link #count} takes it. */
    static int dimIndex(String dim) {
        for (int d = 0; d < DIMS.length; d++) if (DIMS[d].equals(dim)) return d;
        return -1;
    }

    /**
     * The facet values of the facet field in this segment, built on first use; null when they cannot be kept in
     * memory (then count from the doc values).
     */
    static FacetOrdinals of(LeafReader reader) throws IOException {
        return KEPT.get(reader);
    }

    private static FacetOrdinals build(LeafReader reader, String field) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        int maxDoc = reader.maxDoc();
        int dims = DIMS.length;
        int[] base = new int[dims];
        int[] end = new int[dims];
        for (int d = 0; d < dims; d++) {
            base[d] = firstOrd(dv, DIMS[d] + FacetsConfig.DELIM_CHAR);
            end[d] = firstOrd(dv, DIMS[d] + (char) (FacetsConfig.DELIM_CHAR + 1));
            if (end[d] - base[d] >= Character.MAX_VALUE) return null;
        }
        // One pass: every dimension as offsets and values; those with at most one value per document are
        // turned into one char per document at the end.
        int[][] starts = new int[dims][maxDoc + 1];
        char[][] values = new char[dims][Math.max(16, maxDoc / 4)];
        int[] size = new int[dims];
        int[] most = new int[dims];
        int[] perDoc = new int[dims];
        int last = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int d = 0; d < dims; d++) {
                Arrays.fill(starts[d], last + 1, doc + 1, size[d]); // the documents without values in between
            }
            last = doc;
            Arrays.fill(perDoc, 0);
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                int ord = (int) dv.nextOrd();
                for (int d = 0; d < dims; d++) {
                    if (ord < base[d] || ord >= end[d]) continue;
                    if (size[d] == values[d].length) values[d] = Arrays.copyOf(values[d], size[d] * 2);
                    values[d][size[d]++] = (char) (ord - base[d]);
                    perDoc[d]++;
                    break;
                }
            }
            for (int d = 0; d < dims; d++) {
                starts[d][doc] = size[d] - perDoc[d];
                most[d] = Math.max(most[d], perDoc[d]);
            }
        }
        for (int d = 0; d < dims; d++) Arrays.fill(starts[d], last + 1, maxDoc + 1, size[d]);
        char[][] single = new char[dims][];
        for (int d = 0; d < dims; d++) {
            if (most[d] > 1) {
                values[d] = Arrays.copyOf(values[d], size[d]);
                continue;
            }
            char[] one = new char[maxDoc];
            int[] s = starts[d];
            for (int doc = 0; doc < maxDoc; doc++) {
                if (s[doc + 1] > s[doc]) one[doc] = (char) (values[d][s[doc]] + 1);
            }
            single[d] = one;
            starts[d] = null;
            values[d] = null;
        }
        return new FacetOrdinals(base, single, starts, values);
    }

    private static int firstOrd(SortedSetDocValues dv, String prefix) throws IOException {
        long ord = dv.lookupTerm(new BytesRef(prefix));
        return (int) (ord < 0 ? -ord - 1 : ord);
    }

    /**
     * Adds to {@code counts} (by segment ordinal) the values of dimension {@code dim} of the first {@code n}
     * documents of {@code docs}, or only of those in {@code only} when it is given.
     */
    void count(int dim, int[] docs, int n, FixedBitSet only, int[] counts) {
        char[] one = single[dim];
        int b = base[dim] - 1;
        if (one != null) {
            for (int i = 0; i < n; i++) {
                int doc = docs[i];
                int v = one[doc];
                if (v != 0 && (only == null || only.get(doc))) counts[b + v]++;
            }
            return;
        }
        int[] s = starts[dim];
        char[] vals = values[dim];
        b = base[dim];
        for (int i = 0; i < n; i++) {
            int doc = docs[i];
            if (only != null && !only.get(doc)) continue;
            for (int j = s[doc], to = s[doc + 1]; j < to; j++) counts[b + vals[j]]++;
        }
    }
}
