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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingest as a bounded pipeline: one reader thread reads files and archive entries and hands each to the parse
 * pool (one thread per core), queueing the pending results <em>in input order</em> (so that two versions of one
 * cable in a run are numbered in the order given); the calling thread takes them in that order and writes them to
 * the store in batches, one transaction each; index workers (one per core) put the stored versions into the search
 * index, each with its own queue and its own share of the ids, so that no worker ever waits for another (a
 * worker flushing a segment leaves the other cores to the others); a committer commits the index now and then
 * with the highest seq that every worker has passed as its high-water mark. Every queue is bounded, so memory
 * stays flat however many cables come in.
 *
 * <p>The index only ever receives what the store has committed, in seq order per id, and a commit's mark never
 * runs ahead of what every worker has put, so after a crash anywhere the archive's catch-up (replay of everything
 * after the index's last commit, replacing by id) restores it exactly. Cables the store reports as new, numbered
 * above the index's mark at the start, cannot be in the index yet: they are added without a delete term.
 */
public final class Ingest {

    private static final Future<Parsed> END_OF_INPUT = CompletableFuture.completedFuture(null);
    private static final IndexPart END_OF_PARTS = new IndexPart(List.of(), List.of(), 0);
    /**
     * Stored batches the index workers may have waiting, all workers together: enough for the others to go on
     * while one of them flushes a segment (seconds), few enough to keep memory flat.
     */
    private static final int BATCHES_QUEUED = 16;

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

    /**
     * One worker's share of a stored batch: documents of cables new to the index (added), the others (put, which
     * replaces by id), and the seq of the batch's last stored version (when the worker has put its share, it has
     * put everything of its ids up to that seq).
     */
    private record IndexPart(List<IndexDocument> added, List<IndexDocument> replaced, long seq) {
        int size() {
            return added.size() + replaced.size();
        }
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
        IndexWorkers indexing = new IndexWorkers(threads, index.committedSeq());

        Thread reader = new Thread(() -> readAll(files, parsePool, pending), "chancery-read");
        reader.setDaemon(true);
        reader.start();
        indexing.start();

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
                    long[] counts = store(batch, indexing);
                    added += counts[0];
                    updated += counts[1];
                    unchanged += counts[2];
                    done += batch.size();
                    batch.clear();
                    listener.progress(done, total);
                }
            }
            long[] counts = store(batch, indexing);
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
            indexing.finish();
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
    private long[] store(List<Ready> batch, IndexWorkers indexing) throws InterruptedException {
        long[] counts = new long[3];
        if (batch.isEmpty()) return counts;
        List<NewVersion> versions = new ArrayList<>(batch.size());
        for (Ready r : batch) versions.add(r.version());
        List<WriteOutcome> outcomes = store.write(versions);
        List<IndexDocument> documents = new ArrayList<>(outcomes.size());
        List<Boolean> fresh = new ArrayList<>(outcomes.size());
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
                fresh.add(indexing.isFresh(o));
                seq = o.seq();
            }
        }
        if (!documents.isEmpty()) indexing.queue(documents, fresh, seq);
        return counts;
    }

    /**
     * The index workers, one per core, and the committer. Each worker has its own queue and its own share of the
     * ids (by hash), so the versions of one cable are put in order, and no worker waits for another: the queues
     * are bounded together (a number of documents waiting in all of them), not each, so that while one worker
     * flushes a segment the writer goes on feeding the others. The commit mark is the lowest seq every worker has
     * passed: everything at or below it has been put.
     */
    private final class IndexWorkers {

        private final List<BlockingQueue<IndexPart>> queues = new ArrayList<>();
        private final List<Thread> workers = new ArrayList<>();
        private final Semaphore room;
        private final AtomicLongArray passed;
        private final long markAtStart;
        private final Thread committer;
        private volatile boolean failed;
        private volatile boolean finishing;
        /** The mark of this run's last commit (the committer's, then the final one). */
        private long committed;

        IndexWorkers(int count, long markAtStart) {
            this.markAtStart = markAtStart;
            this.passed = new AtomicLongArray(count);
            this.room = new Semaphore(BATCHES_QUEUED * options.batchSize());
            for (int i = 0; i < count; i++) {
                BlockingQueue<IndexPart> queue = new LinkedBlockingQueue<>();
                queues.add(queue);
                int worker = i;
                Thread t = new Thread(() -> work(worker, queue), "chancery-index-" + (i + 1));
                t.setDaemon(true);
                workers.add(t);
            }
            committer = new Thread(this::commitNowAndThen, "chancery-index-commit");
            committer.setDaemon(true);
        }

        void start() {
            for (Thread t : workers) t.start();
            committer.start();
        }

        /**
         * Whether a stored version may be added without looking for an earlier document of its id: the store
         * had no version of the cable before, and its seq is above the index's mark at the start (an index that
         * claimed more than the store holds would otherwise be trusted not to have the id).
         */
        boolean isFresh(WriteOutcome o) {
            return o.kind() == WriteOutcome.Kind.NEW && o.seq() > markAtStart;
        }

        /** Queues each worker's share of a stored batch (every worker gets a part, empty or not). */
        void queue(List<IndexDocument> documents, List<Boolean> fresh, long seq) throws InterruptedException {
            throwIfFailed();
            int n = queues.size();
            List<List<IndexDocument>> added = new ArrayList<>(n);
            List<List<IndexDocument>> replaced = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                added.add(new ArrayList<>());
                replaced.add(new ArrayList<>());
            }
            for (int i = 0; i < documents.size(); i++) {
                IndexDocument d = documents.get(i);
                int w = Math.floorMod(d.id().hashCode(), n);
                (fresh.get(i) ? added : replaced).get(w).add(d);
            }
            while (!room.tryAcquire(documents.size(), 100, TimeUnit.MILLISECONDS)) throwIfFailed();
            for (int i = 0; i < n; i++) queues.get(i).add(new IndexPart(added.get(i), replaced.get(i), seq));
        }

        private void work(int worker, BlockingQueue<IndexPart> queue) {
            while (true) {
                IndexPart part;
                try {
                    part = queue.take();
                } catch (InterruptedException e) {
                    fail(e);
                    return;
                }
                if (part == END_OF_PARTS) {
                    // The workers write out the buffers left, side by side: the final commit would write them
                    // one after the other on one thread.
                    try {
                        while (!failed && index.flushBuffered()) {
                            // next buffer
                        }
                    } catch (RuntimeException | Error e) {
                        fail(e);
                    }
                    return;
                }
                try {
                    if (!failed) { // after a failure, only drain, so that the writer never blocks
                        // Adds first: a cable's new version can only follow its first one, never precede it.
                        if (!part.added().isEmpty()) index.add(part.added());
                        if (!part.replaced().isEmpty()) index.put(part.replaced());
                        passed.set(worker, part.seq());
                    }
                } catch (RuntimeException | Error e) {
                    fail(e);
                } finally {
                    room.release(part.size());
                }
            }
        }

        private long mark() {
            long mark = Long.MAX_VALUE;
            for (int i = 0; i < passed.length(); i++) mark = Math.min(mark, passed.get(i));
            return mark;
        }

        /** Commits every interval while anything new was put, with the mark every worker has passed. */
        private void commitNowAndThen() {
            long interval = Math.max(1, options.indexCommitInterval().toMillis());
            while (!finishing && !failed) {
                try {
                    synchronized (this) {
                        if (!finishing) wait(interval);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (finishing || failed) return;
                long mark = mark();
                if (mark > committed) {
                    try {
                        index.commit(mark);
                        committed = mark;
                    } catch (RuntimeException | Error e) {
                        fail(e);
                    }
                }
            }
        }

        private void fail(Throwable t) {
            failure.compareAndSet(null, t);
            failed = true;
        }

        /**
         * Ends the run: the workers put what is queued (what the store committed reaches the index, even after a
         * failure elsewhere), the committer stops, and the final commit records the last seq, unless a worker
         * failed (then the next open's catch-up replays from the last good commit).
         */
        void finish() {
            for (BlockingQueue<IndexPart> queue : queues) queue.add(END_OF_PARTS);
            for (Thread t : workers) joinUninterruptibly(t);
            synchronized (this) {
                finishing = true;
                notifyAll();
            }
            joinUninterruptibly(committer);
            if (failed) return;
            long mark = mark();
            if (mark > committed) {
                try {
                    index.commit(mark);
                } catch (RuntimeException | Error e) {
                    fail(e);
                }
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
