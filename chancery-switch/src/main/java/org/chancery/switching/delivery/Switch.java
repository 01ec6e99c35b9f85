package org.chancery.switching.delivery;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;
import org.chancery.switching.queue.Breach;
import org.chancery.switching.queue.Breaches;
import org.chancery.switching.queue.GroupCommitter;
import org.chancery.switching.queue.PrecedenceQueues;
import org.chancery.switching.queue.QueueEntry;
import org.chancery.switching.queue.QueueStatus;
import org.chancery.switching.queue.StoredMessages;
import org.chancery.switching.queue.QueueStore;
import org.chancery.switching.queue.Tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The message switch as the server and the command line use it: accept transmissions from routing, forward them
 * by precedence to the receiving stations, file them in the posts' inboxes, take acknowledgments, watch the
 * speed-of-service objectives and tell listeners.
 *
 * <p>{@link #accept} returns once the transmission is durably stored (group commit: concurrent accepts share one
 * fsync). {@link #start} rebuilds the queues from the store, repairs what a crash left between sending and
 * filing (a channel check), then runs the forwarding loop and the deadline checks. Without {@code start} the
 * switch still answers status, inbox and acknowledgment (what the command line does beside a running server).
 */
public final class Switch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Switch.class.getName());

    private final QueueStore store;
    private final GroupCommitter committer;
    private final SwitchConfig config;
    private final PrecedenceQueues queues = new PrecedenceQueues();
    private final Receiver receiver;
    private final List<SwitchListener> listeners = new CopyOnWriteArrayList<>();
    /** The last channel sequence number used per channel; only the forwarder (on the writer thread) moves it. */
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
    /** Set on the writer thread once the queues hold what the store has queued; accepts enqueue from then on. */
    private boolean loaded;
    private volatile boolean running;
    /** Frames sent whose filing was not confirmed (a failed delivery batch): a channel check is due. */
    private volatile boolean checkDue;
    private Thread forwarder;
    private ScheduledExecutorService checker;
    /** The store folder's forwarder lock, held while this switch forwards (see {@link #tryStart()}). */
    private final Path lockFile;
    private FileChannel lockChannel;
    private FileLock forwarderLock;

    private Switch(QueueStore store, SwitchConfig config, Path dir) {
        this.lockFile = dir.resolve(LOCK_FILE_NAME);
        this.store = store;
        this.committer = store.committer();
        this.config = config;
        this.receiver = new Receiver(config, this::emit);
    }

    /** The file whose lock the forwarding switch of a store folder holds. */
    public static final String LOCK_FILE_NAME = "switch.lock";

    /** Opens the switch store in {@code dir} with {@code config}. */
    public static Switch open(Path dir, SwitchConfig config) {
        return new Switch(QueueStore.open(dir), config, dir);
    }

    /** Opens the switch store in {@code dir} with default settings and the profiles of {@code dir/posts.json}. */
    public static Switch open(Path dir) {
        return open(dir, defaults(dir));
    }

    /** Default settings with the posts' profiles of {@code dir/posts.json} (none when the file is absent). */
    public static SwitchConfig defaults(Path dir) {
        try {
            return SwitchConfig.defaults().withProfiles(PostProfiles.read(dir.resolve(PostProfiles.FILE_NAME)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(PostProfiles.FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    public void addListener(SwitchListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SwitchListener listener) {
        listeners.remove(listener);
    }

    /**
     * Stores {@code transmission} durably and queues it. Returns false when a transmission with this id was
     * already accepted (nothing changes: accept is idempotent).
     */
    public boolean accept(Transmission transmission) {
        return accept(List.of(transmission)) == 1;
    }

    /**
     * Stores all {@code transmissions} in one transaction (a cable released to several stations is accepted whole
     * or not at all) and queues them. Returns how many were new.
     */
    public int accept(List<Transmission> transmissions) {
        return accept(transmissions, List.of());
    }

    /**
     * Accepts a released cable whole: its transmissions and the non-delivery reports routing made for stations
     * that may not receive it (kinds {@code NON_DELIVERY}), in one transaction, one fsync. Both are idempotent
     * (transmissions per id, reports per cable, addressee and kind), so a release handed over again after a crash
     * changes nothing. Returns how many transmissions were new.
     */
    public int accept(List<Transmission> transmissions, List<DeliveryReport> nonDeliveries) {
        boolean urgent = false;
        for (Transmission t : transmissions) {
            validate(t);
            urgent |= urgent(StoredMessages.highest(t));
        }
        GroupCommitter.Work<Integer> work = tx -> {
            for (DeliveryReport r : nonDeliveries) {
                if (Inbox.reportOnce(tx, r)) emit(tx, new SwitchEvent.Reported(r));
            }
            Instant now = config.clock().instant();
            int added = 0;
            boolean enqueue = loaded;
            for (Transmission t : transmissions) {
                long seq = StoredMessages.insert(tx, t, now);
                if (seq < 0) continue;
                added++;
                QueueEntry entry = new QueueEntry(seq, t.transmissionId(), t.destination(),
                        StoredMessages.highest(t), t.releasedAt());
                if (enqueue) tx.afterCommit(() -> queues.add(entry));
                emit(tx, new SwitchEvent.Accepted(t.transmissionId(), t.destination(), entry.precedence(), now));
            }
            return added;
        };
        return urgent ? committer.callUrgent(work) : committer.call(work);
    }

    /**
     * FLASH and above are urgent: their accept, send and filing jump the writer's queue and commit apart from
     * ROUTINE work, and the forwarder files an urgent batch before it takes the next one.
     */
    private static boolean urgent(Precedence p) {
        return p.compareTo(Precedence.FLASH) <= 0;
    }

    private static void validate(Transmission t) {
        if (t.transmissionId() == null || t.transmissionId().isBlank()) {
            throw new IllegalArgumentException("a transmission needs an id");
        }
        if (t.destination() == null || t.destination().isBlank()) {
            throw new IllegalArgumentException("transmission " + t.transmissionId() + " has no destination");
        }
        if (t.addressees().isEmpty()) {
            throw new IllegalArgumentException("transmission " + t.transmissionId() + " has no addressees");
        }
        if (t.cableId() == null || t.text() == null || t.releasedAt() == null || t.classification() == null) {
            throw new IllegalArgumentException("transmission " + t.transmissionId() + " is incomplete");
        }
    }

    /**
     * Records that {@code addressee} will not receive {@code transmission} (no route, or refused by the station),
     * and reports it to the originator.
     */
    public void reportNonDelivery(Transmission transmission, Address addressee, String reason) {
        reportNonDelivery(transmission.transmissionId(), transmission.cableId(),
                TextFacts.of(transmission.text(), transmission.cableId()).originator(), Receiver.postKey(addressee),
                reason);
    }

    /**
     * Records a non-delivery decided before any transmission exists (routing found the station's accreditation
     * below the cable's classification): {@code transmissionId} may be null.
     */
    public void reportNonDelivery(String transmissionId, String cableId, String originator, String addressee,
                                  String reason) {
        committer.call(tx -> {
            DeliveryReport r = new DeliveryReport(transmissionId == null ? "" : transmissionId, cableId, originator,
                    addressee, DeliveryReport.Kind.NON_DELIVERY, config.clock().instant(), reason);
            if (Inbox.reportOnce(tx, r)) emit(tx, new SwitchEvent.Reported(r));
            return null;
        });
    }

    /**
     * Rebuilds the queues from the store, repairs channels, and starts forwarding and deadline checks.
     *
     * @throws IllegalStateException when another switch forwards from the same store folder
     */
    public synchronized void start() {
        if (!tryStart()) {
            throw new IllegalStateException("another process forwards from " + lockFile.getParent()
                    + " (it holds " + lockFile.getFileName() + ")");
        }
    }

    /**
     * Starts forwarding unless another switch (another process: a server, a command) already forwards from this
     * store folder; returns whether this one now does. Only one may: channel numbers are continued in memory by
     * the forwarder. The lock is the operating system's on {@code switch.lock}, released when the process ends,
     * however it ends.
     */
    public synchronized boolean tryStart() {
        if (running) return true;
        if (!lockForwarding()) return false;
        committer.call(tx -> {
            if (!loaded) {
                StoredMessages.queued(tx.connection(), queues::add);
                StoredMessages.lastChannelSeqs(tx.connection(), lastSent::put);
                loaded = true;
            }
            return null;
        });
        channelCheck();
        running = true;
        forwarder = Thread.ofPlatform().name("switch-forwarder").daemon(true).start(this::forward);
        checker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("switch-deadlines")
                .daemon(true).unstarted(r));
        long period = config.checkPeriod().toMillis();
        checker.scheduleWithFixedDelay(() -> {
            try {
                checkDeadlines();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "deadline check failed", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return true;
    }

    private boolean lockForwarding() {
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            forwarderLock = lockChannel.tryLock();
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            forwarderLock = null;
        }
        if (forwarderLock == null) {
            closeLock();
            return false;
        }
        return true;
    }

    private void closeLock() {
        try {
            if (forwarderLock != null) forwarderLock.release();
            if (lockChannel != null) lockChannel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "releasing the forwarder lock", e);
        }
        forwarderLock = null;
        lockChannel = null;
    }

    /** Whether every accepted message has been filed by its receiver (nothing queued, nothing on a channel). */
    public boolean idle() {
        return queueStatus().isEmpty();
    }

    /**
     * The forwarding loop. Sending (numbering, SENT) and filing are separate jobs, as they would be at two
     * stations; filing batch k is handed to the writer without waiting, so that it shares a commit with sending
     * batch k+1 — one fsync per batch instead of two. At most one filing is outstanding.
     */
    private void forward() {
        CompletableFuture<Boolean> filing = null;
        while (running) {
            if (checkDue && filing == null) runChannelCheck();
            List<QueueEntry> batch;
            try {
                batch = queues.take(config.batchSize(), filing == null ? 100 : 0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                if (filing != null) {
                    awaitFiling(filing);
                    filing = null;
                } else if (checkDue) {
                    runChannelCheck();
                }
                continue;
            }
            boolean urgent = urgent(batch.get(0).precedence());
            List<Frame> frames;
            try {
                frames = urgent ? committer.callUrgent(tx -> send(tx, batch)) : committer.call(tx -> send(tx, batch));
            } catch (RuntimeException e) {
                queues.putBack(batch);
                if (!running) return;
                LOG.log(System.Logger.Level.WARNING, "sending a batch failed; retrying", e);
                pause();
                continue;
            }
            if (filing != null) awaitFiling(filing);
            List<Frame> arrived = config.link().carry(frames);
            GroupCommitter.Work<Boolean> file = tx -> {
                receiver.receive(tx, arrived, this::retransmit);
                // A frame lost at the end of the batch leaves no later number to reveal the gap.
                return !allFiled(tx, frames);
            };
            if (urgent) {
                // filed at once, in its own commit, before anything else is taken
                awaitFiling(committer.submitUrgent(file));
                filing = null;
            } else {
                filing = committer.submit(file);
            }
        }
        if (filing != null) awaitFiling(filing);
    }

    private void awaitFiling(CompletableFuture<Boolean> filing) {
        try {
            if (filing.join()) checkDue = true;
        } catch (RuntimeException e) {
            // Sent but not filed: the channel check asks for them again.
            checkDue = true;
            if (running) LOG.log(System.Logger.Level.WARNING, "filing a batch failed; the channel check will repair", e);
        }
    }

    /** Whether the receiver has filed up to the last frame of {@code frames} on each of their channels. */
    private boolean allFiled(Tx tx, List<Frame> frames) {
        Map<String, Long> last = new HashMap<>();
        for (Frame f : frames) last.merge(f.channel(), f.seq(), Math::max);
        for (Map.Entry<String, Long> e : last.entrySet()) {
            if (receiver.lastFiled(tx, e.getKey()) < e.getValue()) return false;
        }
        return true;
    }

    private void runChannelCheck() {
        try {
            channelCheck();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "channel check failed", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Assigns each message the next number on its channel and marks it SENT. Runs on the writer thread. */
    private List<Frame> send(Tx tx, List<QueueEntry> batch) throws SQLException {
        Instant now = config.clock().instant();
        Map<String, Long> next = new HashMap<>();
        List<Frame> frames = new ArrayList<>(batch.size());
        for (QueueEntry e : batch) {
            String channel = channelTo(e.destination());
            long seq = next.getOrDefault(channel, lastSent.getOrDefault(channel, 0L)) + 1;
            next.put(channel, seq);
            StoredMessages.Sent sent = StoredMessages.markSent(tx, e.seq(), channel, seq, now);
            frames.add(new Frame(channel, seq, sent.transmission()));
        }
        tx.afterCommit(() -> lastSent.putAll(next));
        return frames;
    }

    /** The switch's channel to a destination station is named by the station's routing indicator. */
    private static String channelTo(String destination) {
        return destination;
    }

    private List<Frame> retransmit(Tx tx, RetransmissionRequest request) throws SQLException {
        List<Frame> frames = new ArrayList<>();
        for (StoredMessages.Sent s : StoredMessages.sentBetween(tx, request.channel(), request.from(), request.to())) {
            frames.add(new Frame(s.channel(), s.channelSeq(), s.transmission()));
        }
        return frames;
    }

    /**
     * Compares, per channel, the last number sent with the last filed and has the receiver ask for the difference:
     * what a crash between sending and filing, or a lost frame at the end of a run, left behind.
     */
    public void channelCheck() {
        committer.call(tx -> {
            checkDue = false;
            Map<String, Long> sent = new HashMap<>();
            StoredMessages.lastChannelSeqs(tx.connection(), sent::put);
            int filed = 0;
            for (Map.Entry<String, Long> e : sent.entrySet()) {
                filed += receiver.check(tx, e.getKey(), e.getValue(), this::retransmit);
            }
            return filed;
        });
    }

    /**
     * Records speed-of-service breaches (messages still undelivered, or unacknowledged, past their objective) and
     * escalates FLASH and NIACT IMMEDIATE copies not acknowledged within the acknowledgment timeout.
     */
    public void checkDeadlines() {
        committer.call(tx -> {
            Instant now = config.clock().instant();
            for (Breach b : Breaches.checkQueued(tx, config.speedOfService(), now)) {
                emit(tx, new SwitchEvent.SpeedOfServiceBreach(b));
            }
            for (InboxEntry e : Inbox.awaitingAck(tx)) {
                Duration objective = config.speedOfService().objective(e.precedence());
                if (Duration.between(e.releasedAt(), now).compareTo(objective) > 0) {
                    Breach b = new Breach(e.transmissionId(), e.post(), e.precedence(), Breach.Stage.UNACKNOWLEDGED,
                            objective, e.releasedAt(), now);
                    if (Breaches.record(tx, b, false)) emit(tx, new SwitchEvent.SpeedOfServiceBreach(b));
                }
                if (e.escalatedAt() == null
                        && Duration.between(e.deliveredAt(), now).compareTo(config.ackTimeout()) > 0) {
                    emit(tx, new SwitchEvent.Escalated(Inbox.escalate(tx, e, now), now));
                }
            }
            return null;
        });
    }

    /**
     * Acknowledges a post's copies of a message ({@code messageId}: transmission id or cable id) as {@code user}.
     * FLASH and NIACT IMMEDIATE copies need one of the post's duty officers (when the post names any).
     */
    public AckOutcome ack(String post, String messageId, String user) {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("who acknowledges?");
        return committer.call(tx -> {
            List<InboxEntry> copies = Inbox.find(tx, post, messageId);
            if (copies.isEmpty()) return AckOutcome.NOT_FOUND;
            List<InboxEntry> open = copies.stream().filter(e -> e.ackedAt() == null).toList();
            if (open.isEmpty()) return AckOutcome.ALREADY_ACKNOWLEDGED;
            for (InboxEntry e : open) {
                PostProfile profile = config.profiles().of(e.post(), e.plad());
                if (e.requiresAck() && !profile.mayAcknowledge(user)) return AckOutcome.NOT_DUTY_OFFICER;
            }
            Instant now = config.clock().instant();
            for (InboxEntry e : open) {
                InboxEntry acked = Inbox.acknowledge(tx, e, user, now);
                DeliveryReport r = new DeliveryReport(e.transmissionId(), e.cableId(), e.originator(), e.post(),
                        DeliveryReport.Kind.ACKNOWLEDGED, now, user);
                Inbox.report(tx, r);
                emit(tx, new SwitchEvent.Acknowledged(acked));
                emit(tx, new SwitchEvent.Reported(r));
                Duration objective = config.speedOfService().objective(e.precedence());
                if (e.requiresAck() && Duration.between(e.releasedAt(), now).compareTo(objective) > 0) {
                    Breach b = new Breach(e.transmissionId(), e.post(), e.precedence(),
                            Breach.Stage.ACKNOWLEDGED_LATE, objective, e.releasedAt(), now);
                    if (Breaches.record(tx, b, false)) emit(tx, new SwitchEvent.SpeedOfServiceBreach(b));
                }
            }
            return AckOutcome.ACKNOWLEDGED;
        });
    }

    /** Depth and oldest release time of undelivered messages, per destination and precedence. */
    public List<QueueStatus> queueStatus() {
        return store.read(StoredMessages::status);
    }

    /** A post's inbox, newest first (at most {@code limit} copies). */
    public List<InboxEntry> inbox(String post, int limit) {
        return store.read(c -> Inbox.of(c, post, limit));
    }

    public List<InboxEntry> inbox(String post) {
        return inbox(post, 1000);
    }

    /** The delivery reports of a cable, in order. */
    public List<DeliveryReport> reports(String cableId) {
        return store.read(c -> Inbox.reports(c, cableId));
    }

    /**
     * The reports that came back to an originating post (its plain language address, as on the FM line), newest
     * first: delivered, acknowledged, not delivered.
     */
    public List<DeliveryReport> reportsTo(String originator, int limit) {
        return store.read(c -> Inbox.reportsTo(c, originator, limit));
    }

    /** Recorded speed-of-service breaches, latest first. */
    public List<Breach> breaches(int limit) {
        return store.read(c -> Breaches.list(c, limit));
    }

    /** The text of a stored transmission, or null. */
    public String text(String transmissionId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM queue_message WHERE transmission_id = ?")) {
                ps.setString(1, transmissionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** Commits and fsyncs so far (jobs / commits is the mean group size). */
    public long commits() {
        return committer.commits();
    }

    public long committedJobs() {
        return committer.committedJobs();
    }

    /** Messages waiting in memory for the forwarder. */
    public long waiting() {
        return queues.size();
    }

    private void emit(Tx tx, SwitchEvent event) {
        tx.afterCommit(() -> emit(event));
    }

    private void emit(SwitchEvent event) {
        for (SwitchListener l : listeners) {
            try {
                l.on(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a switch listener failed on " + event, e);
            }
        }
    }

    /** Stops forwarding (the message in hand is finished) and closes the store. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
        }
        if (checker != null) checker.shutdownNow();
        if (forwarder != null) {
            queues.wakeUp();
            try {
                forwarder.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
        synchronized (this) {
            closeLock();
        }
    }
}
