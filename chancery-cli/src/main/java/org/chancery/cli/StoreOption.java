package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.switching.queue.QueueStore;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --store DIR} option of every command that uses the store folder: the archive ({@code chancery.db},
 * {@code index/}) and the switch ({@code switch.db}, {@code network.json}, {@code posts.json}) keep their files
 * there; default {@code $CHANCERY_STORE}, else {@code ./store}.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store folder: archive and switch (default: $CHANCERY_STORE, else ./store).")
    private Path dir;

    Path dir() {
        if (dir != null) return dir;
        String env = System.getenv("CHANCERY_STORE");
        return Path.of(env == null || env.isBlank() ? "store" : env);
    }

    /** Opens an existing archive for reading; a folder with no archive is bad input. */
    Archive openForReading() {
        Path d = dir();
        if (!Archive.exists(d)) throw new BadInputException("no archive in '" + d + "' (ingest cables first, or give --store)");
        return Archive.openReadOnly(d);
    }

    /** The folder, when it holds a switch store; else bad input. */
    Path switchDir() {
        Path d = dir();
        if (!Files.isRegularFile(d.resolve(QueueStore.FILE_NAME))) {
            throw new BadInputException("no switch store in " + d + " (no " + QueueStore.FILE_NAME + ")");
        }
        return d;
    }

    /**
     * The one answer to an id the archive does not have or that the reader may not see (the same): one line,
     * exit code 1.
     */
    static int notFound(Main main, CableNotFoundException e) {
        PrintWriter err = main.err();
        err.println("chancery: " + e.getMessage());
        err.flush();
        return Main.FINDINGS;
    }
}
