package org.chancery.server;

import org.chancery.archive.Archive;
import org.chancery.archive.declass.DeclassificationSummary;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.security.Policy;
import org.chancery.server.auth.Accounts;
import org.chancery.archive.users.UserStore;
import org.chancery.security.Policy;
import org.chancery.server.demo.DemoWorld;
import org.chancery.server.ops.DailyDeclassification;
import org.chancery.switching.SwitchSystem;
import org.chancery.switching.delivery.Switch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code chancery serve} does: opens the store and index, its users and the switch over them, prepares the
 * demo world, ingests, starts the daily declassification job and the HTTP server, and says where it is.
 * {@link #close} stops it all.
 */
public final class Launcher implements AutoCloseable {

    /**
     * @param demoCables cables generated into an empty archive with {@code --demo}
     * @param ingest     folders or files of real cables to ingest before serving (may be empty)
     */
    public record Options(Path store, String host, int port, boolean demo, long demoCables, List<Path> ingest,
                          boolean behindTls, Policy policy) {
    }

    private final Archive archive;
    private final Accounts accounts;
    private final SwitchSystem switching;
    private final DailyDeclassification declassification;
    private final ChanceryServer server;

    private Launcher(Archive archive, Accounts accounts, SwitchSystem switching,
                     DailyDeclassification declassification, ChanceryServer server) {
        this.archive = archive;
        this.accounts = accounts;
        this.switching = switching;
        this.declassification = declassification;
        this.server = server;
    }

    public static Launcher start(Options o, ServerConfig base, PrintStream out) throws IOException {
        Files.createDirectories(o.store());
        long began = System.nanoTime();
        Archive archive = Archive.open(o.store());
        Accounts accounts = null;
        SwitchSystem switching = null;
        try {
            accounts = Accounts.open(o.store(), UserStore.open(o.store(), archive.audit()));
            switching = openSwitch(o.store(), archive, accounts);
            // --policy sets the store's policy; a new demo store reads by portion, to show withheld markers
            Policy policy = o.policy() != null ? o.policy()
                    : o.demo() && accounts.users().list().isEmpty() ? Policy.PORTION : null;
            ServerConfig config = base.withHost(o.host()).withPort(o.port()).withBehindTls(o.behindTls())
                    .withPolicy(policy);
            ServerContext context = ChanceryServer.context(config, archive, accounts, switching);
            IngestListener counting = new CountingListener(context);
            if (o.demo()) {
                int created = DemoWorld.accounts(accounts, context.auth().hasher());
                if (created > 0) out.printf(Locale.ROOT, "demo: created %d accounts%n", created);
                IngestSummary s = DemoWorld.corpus(archive, o.demoCables(), o.store(), counting);
                if (s != null) out.printf(Locale.ROOT, "demo: generated and ingested %,d cables in %.1f s%n",
                        s.added(), s.elapsed().toMillis() / 1000.0);
            }
            if (!o.ingest().isEmpty()) {
                IngestSummary s = archive.ingest(o.ingest(), IngestOptions.defaults(), counting);
                out.printf(Locale.ROOT, "ingest: %,d new, %,d updated, %,d unchanged, %,d rejected%n",
                        s.added(), s.updated(), s.unchanged(), s.rejected().size());
            }
            Declassifier declassifier = new Declassifier(archive, DailyDeclassification.USER, context.clock());
            DailyDeclassification declassification = new DailyDeclassification(context.clock(), (asOf, progress) -> {
                DeclassificationSummary d = declassifier.run(asOf, progress);
                return String.format(Locale.ROOT, "declassification as of %s: %d read, %d declassified, %d queued "
                        + "for review, %d pending", d.asOf(), d.scheduled(), d.declassified().size(), d.queued().size(),
                        d.pending());
            });
            declassification.start();
            ChanceryServer server = ChanceryServer.start(context);
            out.printf(Locale.ROOT, "Chancery is serving %,d cables from %s at %s (started in %.1f s)%n",
                    archive.store().cableCount(), o.store().toAbsolutePath(), server.url(),
                    (System.nanoTime() - began) / 1e9);
            out.println("  API: " + server.url() + "api/v1   docs: " + server.url() + "api/docs   health: "
                    + server.url() + "health   metrics: " + server.url() + "metrics");
            if (o.demo()) DemoWorld.printAccounts(out);
            out.flush();
            return new Launcher(archive, accounts, switching, declassification, server);
        } catch (IOException | RuntimeException e) {
            if (switching != null) switching.close();
            if (accounts != null) accounts.close();
            archive.close();
            throw e;
        }
    }

    /**
     * The switch over the store and its users (the workflow reads the very users the server logs in), with the
     * folder's network and posts' profiles, forwarding unless another process already does.
     */
    public static SwitchSystem openSwitch(Path store, Archive archive, Accounts accounts) {
        SwitchSystem switching = SwitchSystem.open(store, archive, accounts.users(), SwitchSystem.network(store, null),
                Switch.defaults(store));
        try {
            switching.start();
            return switching;
        } catch (RuntimeException e) {
            switching.close();
            throw e;
        }
    }

    public ChanceryServer server() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.close();
            declassification.close();
        } finally {
            switching.close();
            accounts.close();
            archive.close();
        }
    }

    /** Counts ingested cables into the ingest-rate meter. */
    private static final class CountingListener implements IngestListener {
        private final ServerContext context;
        private long seen;

        CountingListener(ServerContext context) {
            this.context = context;
        }

        @Override
        public void progress(long done, long total) {
            if (done > seen) context.metrics().ingested().increment(done - seen);
            seen = Math.max(seen, done);
        }
    }
}
