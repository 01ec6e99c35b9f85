package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkException;
import org.chancery.switching.network.NetworkFile;
import org.chancery.switching.release.ArchiveIngestSink;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.ReleaseListener;
import org.chancery.switching.release.StoreException;
import org.chancery.switching.release.SwitchStore;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The options of the drafting commands: {@code --store DIR} (the same folder as the archive's; the switch keeps
 * {@code switch.db} there) and {@code --network FILE} (default {@code DIR/network.json} when it exists, else the
 * built-in network).
 */
final class SwitchOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store folder (default: $CHANCERY_STORE, else ./store); the switch keeps switch.db there.")
    private Path dir;

    @Option(names = "--network", paramLabel = "FILE",
            description = "The network file (default: DIR/network.json when present, else the built-in network).")
    private Path networkFile;

    Path dir() {
        if (dir != null) return dir;
        String env = System.getenv("CHANCERY_STORE");
        return Path.of(env == null || env.isBlank() ? "store" : env);
    }

    Network network() {
        Path file = networkFile != null ? networkFile : dir().resolve("network.json");
        if (networkFile == null && !Files.exists(file)) return Network.builtIn();
        try {
            return NetworkFile.load(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read the network file " + file + ": " + e.getMessage());
        } catch (NetworkException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Opens the store and the workflow; the caller closes the store. */
    SwitchStore open() {
        try {
            return SwitchStore.open(dir());
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    DraftWorkflow workflow(SwitchStore store) {
        return DraftWorkflow.of(store, network(), Clock.systemUTC());
    }

    /**
     * A workflow that archives what it releases in the archive of the same folder (opened, or created, by the
     * caller), after handing it whatever earlier releases left unarchived.
     */
    DraftWorkflow releasing(SwitchStore store, Archive archive) {
        DraftWorkflow flow = new DraftWorkflow(store, network(), Clock.systemUTC(), store,
                new ArchiveIngestSink(archive), ReleaseListener.NONE);
        flow.resume();
        return flow;
    }
}
