package org.chancery.cli;

import org.chancery.switching.delivery.Switch;
import org.chancery.switching.queue.QueueStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --store DIR} option of the switch commands: the folder holding {@code switch.db} (and
 * {@code posts.json}, the posts' distribution profiles); default {@code $CHANCERY_STORE}, else {@code ./store} —
 * the same folder as the archive's.
 */
final class SwitchStoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store folder holding switch.db (default: $CHANCERY_STORE, else ./store).")
    private Path dir;

    Path dir() {
        if (dir != null) return dir;
        String env = System.getenv("CHANCERY_STORE");
        return Path.of(env == null || env.isBlank() ? "store" : env);
    }

    /** Opens the switch's existing store without starting it (no forwarding: a server may be running on it). */
    Switch open() {
        Path d = dir();
        if (!Files.isRegularFile(d.resolve(QueueStore.FILE_NAME))) {
            throw new BadInputException("no switch store in " + d + " (no " + QueueStore.FILE_NAME + ")");
        }
        return Switch.open(d);
    }
}
