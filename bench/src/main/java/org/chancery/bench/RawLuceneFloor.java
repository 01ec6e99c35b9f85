package org.chancery.bench;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.MMapDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The floor for indexing: the same texts in plain Lucene, one document per cable with its id and all its text in
 * one unstored {@link TextField} (standard analyzer), no store of record, no facets, no per-portion fields. The
 * archive's ingest (and our index) are measured against it: the issue asks for ingest within 2× of it.
 */
public final class RawLuceneFloor {

    private RawLuceneFloor() {
    }

    /**
     * Indexes cables {@code 0..count-1} (text of cable n given by {@code text}, id by {@code id}) into a new index
     * in {@code dir} on {@code threads} threads, commits, and returns the elapsed nanoseconds (text generation
     * included, as it is for the run it is compared with).
     */
    public static long index(Path dir, long count, int threads, LongFunction<String> id, LongFunction<String> text,
                             double ramBufferMb) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (MMapDirectory directory = new MMapDirectory(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(ramBufferMb))) {
            AtomicLong next = new AtomicLong();
            Thread[] workers = new Thread[threads];
            IOException[] failure = new IOException[1];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    try {
                        for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                            Document doc = new Document();
                            doc.add(new StringField("id", id.apply(n), Field.Store.YES));
                            doc.add(new TextField("text", text.apply(n), Field.Store.NO));
                            writer.addDocument(doc);
                        }
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                workers[t].start();
            }
            for (Thread w : workers) w.join();
            if (failure[0] != null) throw failure[0];
            writer.commit();
        }
        return System.nanoTime() - start;
    }
}
