package org.chancery.archive.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The length norms of the scored text fields, kept in memory per segment: BM25 reads the norm of every document
 * it scores, and on the index's fields (one per label class, each present in only part of the cables) Lucene
 * keeps them sparse, found through a rank structure at every read: about a quarter of the CPU of a broad scored
 * search. Kept here, a read is a bit and a byte; the values are the same, so the scores are too.
 *
 * <p>Only fields present in at least an eighth of a segment's documents are kept (a byte per document of the
 * segment and a bit for whether it has one: at most eight bytes and a bit per document holding it); the rarer
 * ones cost little to read where they are. Built per segment core and field on first use, dropped with the core.
 */
final class KeptNorms {

    private static final PerSegment<Map<String, Optional<NumericNorms>>> KEPT =
            new PerSegment<>(reader -> new ConcurrentHashMap<>());

    private KeptNorms() {
    }

    /** The reader whose segments read the norms of their broad fields from memory. */
    static DirectoryReader wrap(DirectoryReader reader) throws IOException {
        return reader instanceof Wrapped ? reader : new Wrapped(reader);
    }

    private static final class Wrapped extends FilterDirectoryReader {
        Wrapped(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new NormsReader(reader);
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new Wrapped(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper(); // the same documents and values: what is cached for it holds
        }
    }

    private static final class NormsReader extends FilterLeafReader {
        NormsReader(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Map<String, Optional<NumericNorms>> fields = KEPT.get(in);
            if (fields == null) return in.getNormValues(field);
            Optional<NumericNorms> kept = fields.get(field);
            if (kept == null) {
                try {
                    kept = fields.computeIfAbsent(field, f -> {
                        try {
                            return Optional.ofNullable(NumericNorms.build(in, f));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            return kept.isPresent() ? kept.get().values() : in.getNormValues(field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** One field's norms in one segment: a byte per document, and which documents have one. */
    private record NumericNorms(byte[] norms, FixedBitSet has, int count) {

        /** Null when the field is rare in the segment, has no norms, or has a norm that is not a byte. */
        static NumericNorms build(LeafReader reader, String field) throws IOException {
            int maxDoc = reader.maxDoc();
            if (reader.getFieldInfos().fieldInfo(field) == null || reader.getDocCount(field) < maxDoc / 8) return null;
            NumericDocValues in = reader.getNormValues(field);
            if (in == null) return null;
            byte[] norms = new byte[maxDoc];
            FixedBitSet has = new FixedBitSet(maxDoc);
            int count = 0;
            for (int doc = in.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = in.nextDoc()) {
                long v = in.longValue();
                if (v != (byte) v) return null;
                norms[doc] = (byte) v;
                has.set(doc);
                count++;
            }
            return new NumericNorms(norms, has, count);
        }

        /** A fresh iterator over the kept values (each scorer advances its own). */
        NumericDocValues values() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return has.get(target);
                }

                @Override
                public long longValue() {
                    return norms[doc];
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= norms.length ? NO_MORE_DOCS : has.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }
}
