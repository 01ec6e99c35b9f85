package org.chancery.cli;

import org.chancery.switching.SwitchSystem;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkException;
import org.chancery.switching.release.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The options of the switch commands: the store folder ({@link StoreOption}) and {@code --network FILE} (default
 * {@code DIR/network.json} when it exists, else the built-in network).
 */
final class SwitchOptions {

    @Mixin
    private StoreOption store;

    @Option(names = "--network", paramLabel = "FILE",
            description = "The network file (default: DIR/network.json when present, else the built-in network).")
    private Path networkFile;

    Path dir() {
        return store.dir();
    }

    Network network() {
        try {
            return SwitchSystem.network(dir(), networkFile);
        } catch (UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        } catch (NetworkException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Opens the switch system of a store folder that has a switch store, to read it and acknowledge: not started
     * (no forwarding), and beside a server running on the folder (whose archive it then reads read-only).
     */
    SwitchSystem openExisting() {
        store.switchDir(); // bad input when there is no switch store
        return opened(() -> SwitchSystem.openBeside(dir(), network(), Switch.defaults(dir())));
    }

    /** Opens (creating when missing) the switch system of the store folder, not started, to draft and release. */
    SwitchSystem open() {
        return opened(() -> SwitchSystem.open(dir(), network(), Switch.defaults(dir())));
    }

    private static SwitchSystem opened(Supplier<SwitchSystem> open) {
        try {
            return open.get();
        } catch (StoreException | UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
