package org.chancery.cli;

import org.chancery.switching.delivery.DeliveryReport;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.SwitchSystem;
import org.chancery.switching.network.Station;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chancery inbox --post P [--store DIR]}: a post's inbox, newest first. */
@Command(name = "inbox",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Prints a post's inbox, newest first: delivery time, precedence, transmission and cable id, action "
                        + "or info, the offices (or NODIS names) it went to, acknowledgment, subject; then the "
                        + "reports that came back to the post about the cables it sent (delivered, acknowledged, "
                        + "not delivered and why).",
                "Exit code 2 when there is no switch store."})
final class InboxCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SwitchOptions options;

    @Option(names = "--post", required = true, paramLabel = "POST",
            description = "The post: its routing indicator (RUEHC) or plain language address (\"SECSTATE WASHDC\").")
    private String post;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N copies (default 100).")
    private int limit;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) throw new BadInputException("--limit must be at least 1");
        List<InboxEntry> entries;
        List<DeliveryReport> reports;
        String plad;
        try (SwitchSystem system = options.openExisting()) {
            entries = system.messages().inbox(post, limit);
            reports = system.reportsTo(post, limit);
            // reports name the originator by its plain language address, as the FM line does
            plad = system.network().station(post).map(Station::plad).orElse(post);
        }
        Writer out = Output.text(main);
        if (entries.isEmpty()) out.write("Nothing delivered to " + post + ".\n");
        for (InboxEntry e : entries) {
            String ack = !e.requiresAck() ? ""
                    : e.ackedAt() != null ? "  ACKNOWLEDGED by " + e.ackedBy() + " " + Times.instant(e.ackedAt())
                    : e.escalatedAt() != null ? "  AWAITING ACK (escalated)" : "  AWAITING ACK";
            out.write(String.format(Locale.ROOT, "%s  %-15s %-12s %-16s %-6s %s%s%n", Times.instant(e.deliveredAt()),
                    e.precedence().word(), e.transmissionId(), e.cableId(), e.role(),
                    String.join(",", e.distribution()), ack));
            if (e.subject() != null) out.write("    " + e.subject() + "\n");
        }
        if (!reports.isEmpty()) out.write("Reports back to " + plad + ":\n");
        for (DeliveryReport r : reports) {
            out.write(String.format(Locale.ROOT, "%s  %-12s %-16s %-12s %s%s%n", Times.instant(r.at()),
                    r.kind().name().replace('_', '-'), r.cableId(), r.transmissionId().isEmpty() ? "-" : r.transmissionId(),
                    r.addressee(), r.detail() == null ? "" : ": " + r.detail()));
        }
        out.flush();
        return Main.OK;
    }
}
