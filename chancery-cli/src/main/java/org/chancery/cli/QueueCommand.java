package org.chancery.cli;

import org.chancery.switching.SwitchSystem;
import org.chancery.switching.queue.QueueStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chancery queue [--store DIR]}: what the switch has not delivered yet, per destination and precedence. */
@Command(name = "queue",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Prints the switch's queues: for each destination and precedence, the messages not yet delivered "
                        + "and the release time and age of the oldest.",
                "Exit code 2 when there is no switch store."})
final class QueueCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SwitchOptions options;

    @Override
    public Integer call() throws IOException {
        List<QueueStatus> status;
        try (SwitchSystem system = options.openExisting()) {
            status = system.messages().queueStatus();
        }
        Writer out = Output.text(main);
        if (status.isEmpty()) {
            out.write("No messages queued.\n");
        } else {
            Instant now = Instant.now();
            out.write(String.format(Locale.ROOT, "%-10s %-17s %8s  %-20s  %s%n", "DESTINATION", "PRECEDENCE", "DEPTH",
                    "OLDEST", "AGE"));
            long total = 0;
            for (QueueStatus s : status) {
                total += s.depth();
                out.write(String.format(Locale.ROOT, "%-10s %-17s %8d  %-20s  %s%n", s.destination(),
                        s.precedence().word(), s.depth(), Times.instant(s.oldest()),
                        Times.age(Duration.between(s.oldest(), now))));
            }
            out.write(String.format(Locale.ROOT, "%-28s %8d%n", "TOTAL", total));
        }
        out.flush();
        return Main.OK;
    }
}
