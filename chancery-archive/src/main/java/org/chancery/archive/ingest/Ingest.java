package org.chancery.archive.ingest;

import org.chancery.archive.IndexDocuments;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.SearchIndex;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.NewVersion;
import org.chancery.archive.store.Provenance;
import org.chancery.archive.store.WriteOutcome;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingest as a bounded pipeline: one reader thread reads files and archive entries and hands each to the parse
 * pool (one thread per core), queueing the pending results <em>in input order</em> (so that two versions of one
 * cable in a run are numbered in the order given); the calling thread takes them in that order and writes them to
 * the store in batches, one transaction each; an index thread puts the stored versions into the search index and
 * commits it now and then with the seq of the last stored batch as its high-water mark. Every queue is bounded, so
 * memory stays flat however many cables come in.
 *
 * <p>The index only ever receives what the store has committed, in seq order, so after a crash anywhere the
 * archive's catch-up (replay of everything after the index's last commit) restores it exactly.
 */
public final class Ingest {

    private static final Future<Parsed> END_OF_INPUT = CompletableFuture.completedFuture(null);
    private static final IndexBatch END_OF_BATCHES = new IndexBatch(List.of(), 0);

    private final CableStore store;
    private final SearchIndex index;
    private final IngestOptions options;
    private final IngestListener listener;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public Ingest(CableStore store, SearchIndex index, IngestOptions options, IngestListener listener) {
        this.store = store;
        this.index = index;
        this.options = options;
        this.listener = listener;
    }

    /** What a parse gave: a version ready for the store and its index document, or a rejection. */
    private sealed interface Parsed permits Ready, Rejected {
    }

    private record Ready(NewVersion version, IndexDocument document) implements Parsed {
    }

    private record Rejected(Rejection rejection) implements Parsed {
    }

    /** Stored versions for the index, and the seq of the last one. */
    private record IndexBatch(List<IndexDocument> documents, long seq) {
    }

    /** Ingests the inputs; throws when an input named does not exist, before anything is stored. */
    public IngestSummary run(List<Path> inputs) throws IOException {
        long started = System.nanoTime();
        List<Path> files = Sources.expand(inputs);
        long total = Sources.count(files);
        listener.started(total);

        int threads = options.parseThreads();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService parsePool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chancery-parse-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Parsed>> pending = new ArrayBlockingQueue<>(Math.max(64, 128 * threads));
        BlockingQueue<IndexBatch> toIndex = new ArrayBlockingQueue<>(4);

        Thread reader = new Thread(() -> readAll(files, parsePool, pending), "chancery-read");
        Thread indexer = new Thread(() -> indexAll(toIndex), "chancery-index");
        reader.setDaemon(true);
        indexer.setDaemon(true);
        reader.start();
        indexer.start();

        long added = 0;
        long updated = 0;
        long unchanged = 0;
        List<Rejection> rejected = new ArrayList<>();
        long done = 0;
        try {
            List<Ready> batch = new ArrayList<>(options.batchSize());
            while (true) {
                Future<Parsed> next = pending.take();
                if (next == END_OF_INPUT) break;
                Parsed parsed = result(next);
                if (parsed instanceof Rejected r) {
                    rejected.add(r.rejection());
                    done++;
                } else {
                    batch.add((Ready) parsed);
                }
                if (batch.size() >= options.batchSize()) {
                    long[] counts = store(batch, toIndex);
                    added += counts[0];
                    updated += counts[1];
                    unchanged += counts[2];
                    done += batch.size();
                    batch.clear();
                    listener.progress(done, total);
                }
            }
            long[] counts = store(batch, toIndex);
            added += counts[0];
            updated += counts[1];
            unchanged += counts[2];
            done += batch.size();
            listener.progress(done, total);
            throwIfFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            reader.interrupt();
            parsePool.shutdownNow();
            // Whatever the store committed goes on to the index, even after a failure.
            while (indexer.isAlive() && !offerUninterruptibly(toIndex, END_OF_BATCHES)) {
                Thread.onSpinWait();
            }
            joinUninterruptibly(indexer);
        }
        throwIfFailed();
        IngestSummary summary = new IngestSummary(added, updated, unchanged, rejected,
                Duration.ofNanos(System.nanoTime() - started));
        listener.finished(summary);
        return summary;
    }

    private void readAll(List<Path> files, ExecutorService parsePool, BlockingQueue<Future<Parsed>> pending) {
        try {
            Sources.read(files, item -> {
                Future<Parsed> result = switch (item) {
                    case Sources.CableBytes cable -> parsePool.submit(() -> parse(cable));
                    case Sources.Unreadable u -> CompletableFuture.completedFuture(
                            new Rejected(rejection(u.provenance(), u.reason())));
                };
                pending.put(result);
            });
            pending.put(END_OF_INPUT);
        } catch (InterruptedException e) {
            // The writer stopped: nothing more to do.
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            putUninterruptibly(pending, END_OF_INPUT);
        }
    }

    private static Parsed parse(Sources.CableBytes cable) {
        try {
            ParsedCable parsed = Cables.read(cable.bytes(), Cables.baseName(cable.fileName()),
                    Cables.formatOf(cable.fileName(), cable.bytes()));
            CableFacts facts = CableFacts.of(parsed);
            String id = idOf(facts, parsed.name());
            if (id == null) {
                return new Rejected(rejection(cable.provenance(),
                        parsed.text().isBlank() ? "no id (empty)" : "no id (no classification line or header to take it from)"));
            }
            NewVersion version = NewVersion.of(id, parsed, facts, cable.bytes(), cable.provenance());
            return new Ready(version, IndexDocuments.of(id, parsed, facts, 0, 0));
        } catch (RuntimeException e) {
            return new Rejected(rejection(cable.provenance(), "could not be read: " + e));
        }
    }

    /**
     * The id a cable is stored under: its file name when that has the form of a cable id ({@code 09PRAGUE589}),
     * else the id derived from its text, else null. The name wins because it is the id the cable was published
     * under (Cablegate and the synthetic corpus name files so) and it is what people cite; the id derived from
     * the text is a reading of damaged text, and on the real corpus it disagrees with the published id for
     * about 30 cables in 4,416 (a cable quoting another's header, a mangled classification line).
     */
    static String idOf(CableFacts facts, String name) {
        if (name != null && looksLikeId(name)) return name;
        return facts.id() == null || facts.id().isBlank() ? null : facts.id();
    }

    /**
     * Two digits of year, a capital letter, then capitals and digits ending in a digit: the message number.
     * (Cablegate's own ids include forms such as {@code 08SECTION01OF02MANAMA492} and {@code 09EFTOLONDON2211}.)
     */
    static boolean looksLikeId(String s) {
        int n = s.length();
        if (n < 4 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(1)) || !isUpper(s.charAt(2))) return false;
        for (int i = 3; i < n; i++) {
            if (!isUpper(s.charAt(i)) && !isDigit(s.charAt(i))) return false;
        }
        return isDigit(s.charAt(n - 1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Stores a batch and queues what changed for the index; returns {added, updated, unchanged}. */
    private long[] store(List<Ready> batch, BlockingQueue<IndexBatch> toIndex) throws InterruptedException {
        long[] counts = new long[3];
        if (batch.isEmpty()) return counts;
        List<NewVersion> versions = new ArrayList<>(batch.size());
        for (Ready r : batch) versions.add(r.version());
        List<WriteOutcome> outcomes = store.write(versions);
        List<IndexDocument> documents = new ArrayList<>();
        long seq = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            WriteOutcome o = outcomes.get(i);
            switch (o.kind()) {
                case NEW -> counts[0]++;
                case UPDATED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
            }
            if (o.kind() != WriteOutcome.Kind.UNCHANGED) {
                documents.add(IndexDocuments.renumbered(batch.get(i).document(), o.version(), o.seq()));
                seq = o.seq();
            }
        }
        if (!documents.isEmpty()) {
            while (!toIndex.offer(new IndexBatch(documents, seq), 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throwIfFailed();
            }
        }
        return counts;
    }

    private void indexAll(BlockingQueue<IndexBatch> toIndex) {
        int threads = options.parseThreads();
        ExecutorService helpers = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "chancery-index-helper");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            indexAll(toIndex, helpers, threads);
        } finally {
            if (helpers != null) helpers.shutdownNow();
        }
    }

    /**
     * Puts a batch into the index on several threads (Lucene indexes concurrently, and indexing is the costliest
     * stage), partitioned by id so that two versions of one cable are put in order; the batch is complete before
     * the next one starts, so a commit's high-water mark never runs ahead of what was put.
     */
    private void put(List<IndexDocument> documents, ExecutorService helpers, int threads)
            throws InterruptedException, ExecutionException {
        if (helpers == null || documents.size() < 2 * threads) {
            index.put(documents);
            return;
        }
        List<List<IndexDocument>> parts = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) parts.add(new ArrayList<>(documents.size() / threads + 1));
        for (IndexDocument d : documents) parts.get(Math.floorMod(d.id().hashCode(), threads)).add(d);
        List<Future<?>> running = new ArrayList<>(threads - 1);
        for (int i = 1; i < threads; i++) {
            List<IndexDocument> part = parts.get(i);
            running.add(helpers.submit(() -> index.put(part)));
        }
        index.put(parts.get(0));
        for (Future<?> f : running) f.get();
    }

    private void indexAll(BlockingQueue<IndexBatch> toIndex, ExecutorService helpers, int threads) {
        long lastSeq = 0;
        long committedSeq = 0;
        long lastCommit = System.nanoTime();
        long interval = options.indexCommitInterval().toNanos();
        boolean failed = false;
        while (true) {
            IndexBatch batch;
            try {
                batch = toIndex.take();
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                return;
            }
            if (batch == END_OF_BATCHES) break;
            if (failed) continue; // keep draining so that the writer never blocks
            try {
                put(batch.documents(), helpers, threads);
                lastSeq = batch.seq();
                if (System.nanoTime() - lastCommit >= interval) {
                    index.commit(lastSeq);
                    committedSeq = lastSeq;
                    lastCommit = System.nanoTime();
                }
            } catch (ExecutionException e) {
                failure.compareAndSet(null, e.getCause());
                failed = true;
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
                return;
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                failed = true;
            }
        }
        if (!failed && lastSeq > committedSeq) {
            try {
                index.commit(lastSeq);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    private static Parsed result(Future<Parsed> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // parse() catches everything a reader can throw; anything else is a bug worth stopping for.
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        }
    }

    private void throwIfFailed() {
        Throwable t = failure.get();
        if (t == null) return;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error error) throw error;
        throw new IllegalStateException("ingest interrupted", t);
    }

    private static Rejection rejection(Provenance provenance, String reason) {
        return new Rejection(provenance.path(), provenance.entry(), reason);
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static <T> boolean offerUninterruptibly(BlockingQueue<T> queue, T item) {
        try {
            return queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return queue.offer(item);
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
