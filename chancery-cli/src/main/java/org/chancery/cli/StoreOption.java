package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --store DIR} option of the archive commands: the archive folder ({@code chancery.db} and
 * {@code index/}); default {@code $CHANCERY_STORE}, else {@code ./store}.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The archive folder (default: $CHANCERY_STORE, else ./store).")
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
