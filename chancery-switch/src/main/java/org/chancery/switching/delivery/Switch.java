package org.chancery.switching.delivery;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;
import org.chancery.switching.queue.Breach;
import org.chancery.switching.queue.Breaches;
import org.chancery.switching.queue.GroupCommitter;
import org.chancery.switching.queue.Lane;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The message switch as the server and the command line use it: accept transmissions from routing, forward them
 * by precedence to the receiving stations, file them in the posts' inboxes, take acknowledgments, watch the
 * speed-of-service objectives and tell listeners.
 *
 * <p>{@link #accept} returns once the transmission is durably stored (group commit: concurrent accepts share one
 * fsync). {@link #start} rebuilds the queues from the store, repairs what a crash left between sending and
 * filing (a channel check), then runs the two lanes ({@link Lane}) and the deadline checks: the forwarder thread's
 * batches for the ordinary precedences; CRITIC, Y and FLASH are sent and filed by the writer itself, on their
 * destinations' urgent channels, in the transaction that accepts them (or, when other urgent messages wait, in the
 * job it runs right after). Without {@code start} the
 * switch still answers status, inbox and acknowledgment (what the command line does beside a running server).
 */
public final class Switch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Switch.class.getName());

    /**
     * Messages per job of the ordinary lane. The writer can be pre-empted between two jobs, so this bounds what an
     * urgent job waits for (a fraction of a millisecond of CPU); the jobs of one batch still share a commit.
     */
    private static final int JOB_SIZE = 4;

    private final QueueStore store;
    private final GroupCommitter committer;
    private final SwitchConfig config;
    private final PrecedenceQueues queues = new PrecedenceQueues();
    private final Receiver receiver;
    private final List<SwitchListener> listeners = new CopyOnWriteArrayList<>();
    /** Whether a job to send and file the urgent messages waiting is in the writer's queue (one is enough). */
    private final AtomicBoolean urgentScheduled = new AtomicBoolean();
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
            urgent |= Lane.of(StoredMessages.highest(t)) == Lane.URGENT;
        }
        GroupCommitter.Work<Integer> work = tx -> {
            for (DeliveryReport r : nonDeliveries) {
                if (Inbox.reportOnce(tx, r)) emit(tx, new SwitchEvent.Reported(r));
            }
            Instant now = config.clock().instant();
            int added = 0;
            boolean enqueue = loaded;
            List<QueueEntry> urgentNew = new ArrayList<>();
            for (Transmission t : transmissions) {
                long seq = StoredMessages.insert(tx, t, now);
                if (seq < 0) continue;
                added++;
                QueueEntry entry = new QueueEntry(seq, t.transmissionId(), t.destination(),
                        StoredMessages.highest(t), t.releasedAt());
                emit(tx, new SwitchEvent.Accepted(t.transmissionId(), t.destination(), entry.precedence(), now));
                if (!enqueue) continue;
                if (Lane.of(entry.precedence()) == Lane.URGENT) {
                    urgentNew.add(entry);
                } else {
                    tx.afterCommit(() -> queues.add(entry));
                }
            }
            if (!urgentNew.isEmpty()) sendAndFileAtOnce(tx, urgentNew);
            return added;
        };
        return urgent ? committer.callUrgent(work) : committer.call(work);
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
     * store folder; returns whether this one now does. Only one may: the queues are held in memory by the
     * forwarding process, and two would send the same messages. The lock is the operating system's on
     * {@code switch.lock}, released when the process ends, however it ends.
     */
    public synchronized boolean tryStart() {
        if (running) return true;
        if (!lockForwarding()) return false;
        committer.call(tx -> {
            if (!loaded) {
                StoredMessages.queued(tx.connection(), queues::add);
                loaded = true;
            }
            return null;
        });
        channelCheck();
        checker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("switch-deadlines")
                .daemon(true).unstarted(r));
        running = true;
        // urgent messages the store had queued go first: their job is in the writer's queue before any batch
        if (queues.waiting(Lane.URGENT)) scheduleUrgent();
        forwarder = Thread.ofPlatform().name("switch-forwarder").daemon(true).start(this::forward);
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
     * The ordinary lane's forwarding loop. Sending (numbering, SENT) and filing are separate jobs, as they would
     * be at two stations; filing batch k is handed to the writer without waiting, so that it shares a commit with
     * sending batch k+1 — one fsync per batch instead of two. A batch is sent and filed in jobs of
     * {@link #JOB_SIZE} messages, so that an urgent job waits for one of them at most.
     */
    private void forward() {
        List<CompletableFuture<Boolean>> filing = List.of();
        while (running) {
            if (checkDue && filing.isEmpty()) runChannelCheck();
            List<QueueEntry> batch;
            try {
                batch = queues.take(Lane.ORDINARY, config.batchSize(), filing.isEmpty() ? 100 : 0,
                        TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                if (!filing.isEmpty()) {
                    awaitFiling(filing);
                    filing = List.of();
                } else if (checkDue) {
                    runChannelCheck();
                }
                continue;
            }
            List<List<QueueEntry>> parts = parts(batch);
            List<CompletableFuture<List<Frame>>> sending = new ArrayList<>(parts.size());
            for (List<QueueEntry> part : parts) sending.add(committer.submit(tx -> send(tx, part, Lane.ORDINARY)));
            List<Frame> frames = new ArrayList<>(batch.size());
            List<QueueEntry> unsent = new ArrayList<>();
            RuntimeException failure = null;
            for (int i = 0; i < parts.size(); i++) {
                try {
                    frames.addAll(sending.get(i).join());
                } catch (RuntimeException e) {
                    // Rolled back: its numbers were not used (the next job numbers from the store), so no gap.
                    unsent.addAll(parts.get(i));
                    failure = e;
                }
            }
            awaitFiling(filing);
            filing = List.of();
            if (failure != null) {
                queues.putBack(unsent);
                if (!running) return;
                LOG.log(System.Logger.Level.WARNING, "sending a batch failed; retrying", failure);
                if (frames.isEmpty()) {
                    pause();
                    continue;
                }
            }
            filing = file(frames);
        }
        awaitFiling(filing);
    }

    /** Carries sent frames over the link and hands their filing to the writer in jobs of {@link #JOB_SIZE}. */
    private List<CompletableFuture<Boolean>> file(List<Frame> frames) {
        List<List<Frame>> parts = parts(config.link().carry(frames));
        List<CompletableFuture<Boolean>> filing = new ArrayList<>(parts.size() + 1);
        for (List<Frame> part : parts) {
            filing.add(committer.submit(tx -> {
                receiver.receive(tx, part, this::retransmit);
                return false;
            }));
        }
        // A frame lost at the end of the batch leaves no later number to reveal the gap.
        filing.add(committer.submit(tx -> !allFiled(tx, frames)));
        return filing;
    }

    private static <T> List<List<T>> parts(List<T> all) {
        List<List<T>> parts = new ArrayList<>((all.size() + JOB_SIZE - 1) / JOB_SIZE);
        for (int from = 0; from < all.size(); from += JOB_SIZE) {
            parts.add(all.subList(from, Math.min(all.size(), from + JOB_SIZE)));
        }
        return parts;
    }

    private void awaitFiling(List<CompletableFuture<Boolean>> filing) {
        for (CompletableFuture<Boolean> job : filing) {
            try {
                if (job.join()) checkDue = true;
            } catch (RuntimeException e) {
                // Sent but not filed: the channel check asks for them again.
                checkDue = true;
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "filing a batch failed; the channel check will repair", e);
                }
            }
        }
    }

    /**
     * The urgent lane's shortest way: urgent messages just stored are sent and filed in the transaction that
     * stores them — one commit from release to filing — unless other urgent messages wait (they go first: the
     * new ones queue behind them) or the switch does not forward. In a savepoint of its own: when sending or
     * filing fails, the accept still commits, and the messages wait for the lane's next job.
     */
    private void sendAndFileAtOnce(Tx tx, List<QueueEntry> entries) throws SQLException {
        if (running && !queues.waiting(Lane.URGENT)) {
            try {
                if (tx.savepoint(t -> sendAndFile(t, entries))) tx.afterCommit(this::checkUrgentChannels);
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "sending urgent messages at once failed; they are queued", e);
            }
        }
        tx.afterCommit(() -> {
            for (QueueEntry e : entries) queues.add(e);
            scheduleUrgent();
        });
    }

    /**
     * Has the writer send and file the urgent messages waiting as its next job: the urgent lane. Called when an
     * urgent message is queued (on the writer thread, right after its accept's commit), so that no thread has to
     * wake up for a FLASH to go. One such job at a time is enough: it takes whatever is waiting when it runs.
     */
    private void scheduleUrgent() {
        if (!running || !urgentScheduled.compareAndSet(false, true)) return;
        List<QueueEntry> taken = new ArrayList<>();
        committer.submitUrgent(tx -> sendAndFileUrgent(tx, taken)).whenComplete((lost, failure) -> {
            if (failure != null) {
                // Rolled back whole: the messages wait again, and the lane tries again shortly.
                urgentScheduled.set(false);
                queues.putBack(taken);
                if (!running) return;
                LOG.log(System.Logger.Level.WARNING, "sending urgent messages failed; retrying", failure);
                retryUrgentLater();
                return;
            }
            if (lost) checkUrgentChannels();
            if (queues.waiting(Lane.URGENT)) scheduleUrgent();
        });
    }

    /**
     * Has the receiver ask for what the link lost on the urgent channels. Urgent frames are never left on the way
     * between two jobs (each job sends and files them), so this check cannot collide with a filing in progress.
     */
    private void checkUrgentChannels() {
        committer.submitUrgent(tx -> check(tx, channel -> Lane.ofChannel(channel) == Lane.URGENT));
    }

    private void retryUrgentLater() {
        try {
            checker.schedule(this::scheduleUrgent, 100, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    /**
     * The urgent lane's job: takes the urgent messages waiting, numbers them on their destinations' urgent
     * channels, carries them and files them, all in one transaction. Returns whether a frame did not arrive.
     */
    private boolean sendAndFileUrgent(Tx tx, List<QueueEntry> taken) throws SQLException {
        urgentScheduled.set(false);
        try {
            taken.addAll(queues.take(Lane.URGENT, config.batchSize(), 0, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !taken.isEmpty() && sendAndFile(tx, taken);
    }

    /** Numbers urgent messages on their urgent channels, carries and files them; returns whether one got lost. */
    private boolean sendAndFile(Tx tx, List<QueueEntry> entries) throws SQLException {
        List<Frame> frames = send(tx, entries, Lane.URGENT);
        receiver.receive(tx, config.link().carry(frames), this::retransmit);
        return !allFiled(tx, frames);
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

    /**
     * Assigns each message the next number on its lane's channel to its destination and marks it SENT. Runs on
     * the writer thread; the numbers continue from the store, as this transaction sees it.
     */
    private List<Frame> send(Tx tx, List<QueueEntry> batch, Lane lane) throws SQLException {
        Instant now = config.clock().instant();
        Map<String, Long> last = new HashMap<>();
        List<Frame> frames = new ArrayList<>(batch.size());
        for (QueueEntry e : batch) {
            String channel = lane.channelTo(e.destination());
            Long before = last.get(channel);
            long seq = (before != null ? before : StoredMessages.lastChannelSeq(tx, channel)) + 1;
            last.put(channel, seq);
            StoredMessages.Sent sent = StoredMessages.markSent(tx, e.seq(), channel, seq, now);
            frames.add(new Frame(channel, seq, sent.transmission()));
        }
        return frames;
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
            return check(tx, channel -> true);
        });
    }

    private boolean check(Tx tx, Predicate<String> channels) throws SQLException {
        Map<String, Long> sent = new HashMap<>();
        StoredMessages.lastChannelSeqs(tx.connection(), sent::put);
        int filed = 0;
        for (Map.Entry<String, Long> e : sent.entrySet()) {
            if (channels.test(e.getKey())) filed += receiver.check(tx, e.getKey(), e.getValue(), this::retransmit);
        }
        return filed > 0;
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
