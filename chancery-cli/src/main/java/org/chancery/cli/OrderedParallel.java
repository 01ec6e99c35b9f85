package org.chancery.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Works on files on all cores and hands the results on in input order, as they are ready: the worker threads
 * read and format, the calling thread only writes. At most a few results per core wait at a time, so output
 * streams and memory stays flat however many files there are.
 */
final class OrderedParallel {

    /** The work for one file; an {@link IOException} stops the run with a "cannot read" message. */
    interface Work<T> {
        T apply(Path file) throws IOException;
    }

    /** What to do with each result, in input order, on the calling thread. */
    interface Sink<T> {
        void accept(Path file, T result) throws IOException;
    }

    /** A bug met while working on one file: names the file, so that it can be reported with it. */
    static final class FileFailure extends RuntimeException {
        FileFailure(Path file, RuntimeException cause) {
            super("on '" + file + "': " + cause, cause);
        }
    }

    private OrderedParallel() {
    }

    static <T> void run(List<Path> files, Work<T> work, Sink<T> sink) throws IOException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        if (threads <= 1) {
            for (Path file : files) sink.accept(file, apply(work, file));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chancery-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> pending = new ArrayDeque<>();
            int window = threads * 8;
            int next = 0;
            for (Path file : files) {
                pending.add(pool.submit(() -> apply(work, file)));
                if (pending.size() >= window) sink.accept(files.get(next++), await(pending.poll()));
            }
            while (!pending.isEmpty()) sink.accept(files.get(next++), await(pending.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T apply(Work<T> work, Path file) {
        try {
            return work.apply(file);
        } catch (IOException e) {
            throw new BadInputException(Inputs.cannotRead(file, e));
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FileFailure(file, e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
