package org.chancery.switching;

import org.chancery.archive.Archive;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.users.User;
import org.chancery.archive.users.UserStore;
import org.chancery.cable.model.Precedence;
import org.chancery.security.Principal;
import org.chancery.switching.network.NetworkUser;
import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.delivery.DeliveryReport;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.delivery.SwitchConfig;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkException;
import org.chancery.switching.network.NetworkFile;
import org.chancery.switching.network.Station;
import org.chancery.switching.release.ArchiveIngestSink;
import org.chancery.switching.release.AuditLogSink;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.Release;
import org.chancery.switching.release.SwitchStore;
import org.chancery.switching.routing.NonDeliveryReport;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The switch as one system over one store folder: the drafting workflow ({@code switch.db}), the message switch
 * (queues, forwarding, inboxes, reports; {@code switch.db}) and the archive ({@code chancery.db}, {@code index/},
 * whose audit log records every step). What the command line and the server use.
 *
 * <p>Wired so: a release's transmissions and its non-delivery reports are accepted by the switch in one
 * transaction (idempotent, so a release handed over again changes nothing), then the cable is archived, then the
 * release is marked done; {@link #start()} hands over again whatever a crash left. Deliveries and
 * acknowledgments come back to the originating post as reports ({@link #reportsTo}). Workflow steps and
 * acknowledgments are recorded in the archive's audit log ({@code draft-<step>}, {@code ack}).
 *
 * <p>The workflow's users are the store of record's {@link UserStore}, read at every step (see {@link #user}), and
 * the rules of who may open an inbox or see a draft are here and in the workflow ({@link #inboxOf},
 * {@link DraftWorkflow#participant}), so the command line, the server's pages and its API share them.
 *
 * <p>Opened, the system drafts, releases (the switch stores what is released), answers inboxes and queue status
 * and takes acknowledgments; it forwards only once started, and only one process per store folder may forward
 * ({@link Switch#tryStart()}).
 */
public final class SwitchSystem implements AutoCloseable {

    /** The network file of a store folder, used when no other is given. */
    public static final String NETWORK_FILE = "network.json";

    /** The FLASH alerts look at this many of a post's newest copies. */
    private static final int ALERT_WINDOW = 200;

    private final Network network;
    private final Archive archive;
    /** Whether this system opened the archive and the users (and so closes them). */
    private final boolean ownsArchive;
    private final UserStore users;
    private final SwitchStore store;
    private final Switch messages;
    private final DraftWorkflow workflow;

    private SwitchSystem(Network network, Archive archive, boolean ownsArchive, UserStore users, SwitchStore store,
                         Switch messages, SwitchConfig config) {
        this.network = network;
        this.archive = archive;
        this.ownsArchive = ownsArchive;
        this.users = users;
        this.store = store;
        this.messages = messages;
        this.workflow = new DraftWorkflow(store, network, config.clock(), new AuditLogSink(archive.audit()),
                new ArchiveIngestSink(archive), this::handOver, this::user);
    }

    /**
     * A user as the workflow knows them: the store of record's ({@code chancery users}, the server's
     * {@code /api/v1/users}), read at every step, so that a user added or a role granted, by this process or
     * another, counts at the next step without a restart. A store that has no users yet (a new folder, a
     * demonstration) uses the network file's {@code users}. Never both: once the store has users, a network-file
     * user is unknown.
     */
    public Optional<Principal> user(String id) {
        Optional<User> u = users.find(id);
        if (u.isPresent()) return Optional.of(u.get().principal());
        if (!users.list().isEmpty()) return Optional.empty();
        return network.user(id).map(NetworkUser::principal);
    }

    /**
     * Opens (creating when missing) the system in {@code dir}: the network of {@code dir/network.json} (else the
     * built-in one), the posts' profiles of {@code dir/posts.json}, the system clock.
     */
    public static SwitchSystem open(Path dir) {
        return open(dir, network(dir, null), Switch.defaults(dir));
    }

    /** Opens the system in {@code dir} with the given network and switch settings (the clock is the config's). */
    public static SwitchSystem open(Path dir, Network network, SwitchConfig config) {
        return open(dir, null, null, network, config, true, false);
    }

    /**
     * The same over the archive of {@code dir} and its users, which the caller has open already (a server that
     * serves them): the system uses them and does not close them. The workflow's users are then the very store the
     * caller changes and logs in with.
     */
    public static SwitchSystem open(Path dir, Archive archive, UserStore users, Network network, SwitchConfig config) {
        return open(dir, Objects.requireNonNull(archive), Objects.requireNonNull(users), network,
                config, false, false);
    }

    private static SwitchSystem open(Path dir, Archive given, UserStore givenUsers, Network network,
                                     SwitchConfig config, boolean owns, boolean beside) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Archive archive = given != null ? given : openArchive(dir, beside);
            if (owns) opened.add(archive);
            UserStore users = givenUsers != null ? givenUsers : UserStore.open(dir, archive.audit());
            if (owns) opened.add(users);
            SwitchStore store = SwitchStore.open(dir);
            opened.add(store);
            Switch messages = Switch.open(dir, config);
            opened.add(messages);
            return new SwitchSystem(network, archive, owns, users, store, messages, config);
        } catch (RuntimeException e) {
            for (AutoCloseable c : opened.reversed()) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Opens the system in {@code dir} to read it and acknowledge beside a process that may be running on the
     * folder (a server, which holds the archive's index and forwards): inboxes, reports, queue status,
     * acknowledgments (recorded in the audit log). When another process holds the index, the archive is opened
     * read-only; the system is then not for drafting or releasing, which go through the process running on the
     * folder.
     */
    public static SwitchSystem openBeside(Path dir, Network network, SwitchConfig config) {
        return open(dir, null, null, network, config, true, true);
    }

    /** The folder's archive for writing (created when missing); {@code beside}: read-only when another holds it. */
    private static Archive openArchive(Path dir, boolean beside) {
        try {
            return Archive.open(dir);
        } catch (RuntimeException e) {
            if (!beside || !heldByAnotherProcess(e) || !Archive.exists(dir)) throw e;
            return Archive.openReadOnly(dir);
        }
    }

    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException) return true;
        }
        return false;
    }

    /**
     * The network of a store folder: {@code file} when given, else {@code dir/network.json} when it exists, else
     * the built-in network.
     *
     * @throws NetworkException when the file is invalid (the message names the file and the JSON path)
     * @throws UncheckedIOException when it cannot be read
     */
    public static Network network(Path dir, Path file) {
        Path f = file != null ? file : dir.resolve(NETWORK_FILE);
        if (file == null && !Files.exists(f)) return Network.builtIn();
        try {
            return NetworkFile.load(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the network file " + f + ": " + e.getMessage(), e);
        }
    }

    public Network network() {
        return network;
    }

    /** Drafting, clearance and release; a release is handed to {@link #messages()} and the archive. */
    public DraftWorkflow workflow() {
        return workflow;
    }

    /** The message switch: queues, inboxes, reports, queue status, listeners. */
    public Switch messages() {
        return messages;
    }

    public Archive archive() {
        return archive;
    }

    /**
     * Starts forwarding (unless another process forwards from this folder) and hands over what releases left
     * undone (a crash, an archive that failed). Returns whether this system forwards.
     */
    public boolean start() {
        boolean forwarding = messages.tryStart();
        workflow.resume();
        return forwarding;
    }

    /**
     * Waits until every accepted message has been filed in its inbox, at most {@code timeout}. Returns false on
     * timeout — also at once when this system does not forward and another process does (the other one
     * delivers them).
     */
    public boolean awaitDelivery(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!messages.idle()) {
            if (System.nanoTime() - end > 0) return false;
            Thread.sleep(10);
        }
        return true;
    }

    /**
     * Acknowledges a post's copies of a message as {@code user} ({@link Switch#ack}) and records it in the audit
     * log (action {@code ack}, target {@code ID at POST}, allowed unless the user is not a duty officer or there is
     * no such copy).
     */
    public AckOutcome ack(String post, String messageId, String user) {
        AckOutcome outcome = messages.ack(post, messageId, user);
        boolean allowed = outcome == AckOutcome.ACKNOWLEDGED || outcome == AckOutcome.ALREADY_ACKNOWLEDGED;
        archive.audit().append(new AuditEvent(null, user, "ack", messageId + " at " + post, allowed,
                outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return outcome;
    }

    /**
     * The post whose inbox a principal may open: the station of {@code post} (post word, routing indicator or plain
     * language address) when they are a member of it. Empty otherwise, whether the post exists or not, so that a
     * caller answers both alike ("no such inbox").
     */
    public Optional<Station> inboxOf(Principal p, String post) {
        return network.post(post).filter(s -> s.hasMember(p));
    }

    /**
     * The copies at FLASH or higher in the inboxes of the principal's posts that await acknowledgment (among each
     * post's newest {@value #ALERT_WINDOW}): what must not go unnoticed.
     */
    public List<InboxEntry> flashAlerts(Principal p) {
        List<InboxEntry> out = new ArrayList<>();
        for (Station s : network.posts(p)) {
            for (InboxEntry e : messages.inbox(s.ri(), ALERT_WINDOW)) {
                if (e.awaitingAck() && e.precedence().compareTo(Precedence.FLASH) <= 0) out.add(e);
            }
        }
        return out;
    }

    /**
     * The reports that came back to an originating post, newest first; {@code post} is its routing indicator or
     * plain language address.
     */
    public List<DeliveryReport> reportsTo(String post, int limit) {
        return messages.reportsTo(network.station(post).map(Station::plad).orElse(post), limit);
    }

    /** The release listener: the transmissions and non-delivery reports, in one transaction of the switch. */
    private void handOver(Release r) {
        List<DeliveryReport> nonDeliveries = new ArrayList<>();
        for (NonDeliveryReport n : r.reports()) {
            String originator = network.station(n.originator()).map(Station::plad).orElse(n.originator());
            nonDeliveries.add(new DeliveryReport("", n.cableId(), originator, n.addressee(),
                    DeliveryReport.Kind.NON_DELIVERY, n.at(), n.reason()));
        }
        messages.accept(r.transmissions(), nonDeliveries);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        List<AutoCloseable> parts = new ArrayList<>(List.of(messages, store));
        if (ownsArchive) {
            parts.add(users);
            parts.add(archive);
        }
        for (AutoCloseable c : parts) {
            try {
                c.close();
            } catch (Exception e) {
                if (failure == null) failure = new IllegalStateException("closing the switch system failed", e);
                else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
