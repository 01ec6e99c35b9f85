package org.chancery.cli;

import org.chancery.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chancery reindex [--store DIR]}: rebuilds the search index from the store of record. */
@Command(name = "reindex",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Rebuilds the search index from the store of record (the index is derived and can always be "
                        + "rebuilt; after a crash opening the archive catches up by itself, so this is needed only "
                        + "when the index is lost or its format changes).",
                "Exit code 0; 2 when there is no archive."})
final class ReindexCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Override
    public Integer call() throws IOException {
        if (!Archive.exists(store.dir())) {
            throw new BadInputException("no archive in '" + store.dir() + "' (ingest cables first, or give --store)");
        }
        as.requireAdministrator(store.dir(), "reindex");
        long start = System.nanoTime();
        long count;
        try (Archive archive = Archive.open(store.dir())) {
            count = archive.reindex();
        }
        Writer out = Output.text(main);
        out.write(String.format(Locale.ROOT, "reindexed %d cables (%.1f s)%n", count, (System.nanoTime() - start) / 1e9));
        out.flush();
        return Main.OK;
    }
}
