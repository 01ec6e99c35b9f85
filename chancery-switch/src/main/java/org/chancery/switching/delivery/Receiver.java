package org.chancery.switching.delivery;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;
import org.chancery.switching.queue.Breach;
import org.chancery.switching.queue.Breaches;
import org.chancery.switching.queue.SpeedOfService;
import org.chancery.switching.queue.StoredMessages;
import org.chancery.switching.queue.Tx;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The receiving end of the switch's channels: files each frame in the inboxes of its addressees, exactly once.
 *
 * <p>Per sending channel it keeps the last sequence number filed ({@code delivery_channel}). A frame whose number
 * is not above it is a duplicate and is discarded; a frame whose number skips ahead reveals a gap, and the
 * receiver asks the switch to retransmit the missing numbers, which the switch answers from its store, before
 * filing the frame. Filing is also idempotent per (transmission id, addressee), so that a copy already filed is
 * never filed again whatever arrives.
 *
 * <p>Runs inside the writer's transaction: the inbox rows, the channel's last number, the delivery reports and the
 * message's DELIVERED state commit together.
 */
final class Receiver {

    /** Answers a retransmission request from the store. */
    @FunctionalInterface
    interface Retransmitter {
        List<Frame> retransmit(Tx tx, RetransmissionRequest request) throws SQLException;
    }

    private final SwitchConfig config;
    private final Consumer<SwitchEvent> events;

    Receiver(SwitchConfig config, Consumer<SwitchEvent> events) {
        this.config = config;
        this.events = events;
    }

    /** Files frames as they arrived; returns the number of copies filed. */
    int receive(Tx tx, List<Frame> frames, Retransmitter store) throws SQLException {
        Map<String, Long> last = new HashMap<>();
        int filed = 0;
        Instant now = config.clock().instant();
        for (Frame frame : frames) {
            long seen = last.computeIfAbsent(frame.channel(), c -> lastFiled(tx, c));
            if (frame.seq() <= seen) {
                emit(tx, new SwitchEvent.DuplicateDiscarded(frame.channel(), frame.seq(),
                        frame.transmission().transmissionId(), now));
                continue;
            }
            if (frame.seq() > seen + 1) {
                filed += repair(tx, new RetransmissionRequest(frame.channel(), seen + 1, frame.seq() - 1), store, now);
            }
            filed += file(tx, frame, now);
            last.put(frame.channel(), frame.seq());
        }
        for (Map.Entry<String, Long> e : last.entrySet()) saveLastFiled(tx, e.getKey(), e.getValue());
        return filed;
    }

    /**
     * The channel check: the switch says what it last sent on {@code channel}; when that is beyond what was
     * filed (frames lost on the way, or a crash between sending and filing), the receiver asks for the rest.
     */
    int check(Tx tx, String channel, long lastSent, Retransmitter store) throws SQLException {
        long seen = lastFiled(tx, channel);
        if (lastSent <= seen) return 0;
        int filed = repair(tx, new RetransmissionRequest(channel, seen + 1, lastSent), store,
                config.clock().instant());
        saveLastFiled(tx, channel, lastSent);
        return filed;
    }

    private int repair(Tx tx, RetransmissionRequest request, Retransmitter store, Instant now) throws SQLException {
        emit(tx, new SwitchEvent.GapDetected(request, now));
        List<Frame> resent = store.retransmit(tx, request);
        if (resent.size() != request.to() - request.from() + 1) {
            // Channel numbers are assigned consecutively in the store's own transactions: a hole is a bug.
            throw new IllegalStateException("the store cannot answer " + request + ": it has " + resent.size()
                    + " of those messages");
        }
        int filed = 0;
        for (Frame f : resent) filed += file(tx, f, now);
        return filed;
    }

    private int file(Tx tx, Frame frame, Instant now) throws SQLException {
        Transmission t = frame.transmission();
        TextFacts facts = TextFacts.of(t.text(), t.cableId());
        int filed = 0;
        for (Address a : t.addressees()) {
            String post = postKey(a);
            if (Inbox.contains(tx, t.transmissionId(), post)) continue;
            Precedence precedence = precedenceOf(a, t);
            boolean requiresAck = SpeedOfService.requiresAcknowledgment(precedence);
            PostProfile profile = config.profiles().of(a.ri(), a.plad());
            InboxEntry entry = Inbox.insert(tx, new InboxEntry(0, post, a.plad(), t.transmissionId(), t.cableId(),
                    t.section(), precedence, t.classification(), facts.roleOf(a),
                    Distribution.of(profile, a.plad(), facts), facts.subject(), facts.originator(), requiresAck,
                    t.releasedAt(), now, null, null, null));
            DeliveryReport report = new DeliveryReport(t.transmissionId(), t.cableId(), facts.originator(), post,
                    DeliveryReport.Kind.DELIVERED, now, null);
            Inbox.report(tx, report);
            emit(tx, new SwitchEvent.Delivered(entry));
            emit(tx, new SwitchEvent.Reported(report));
            Duration objective = config.speedOfService().objective(precedence);
            if (!requiresAck && Duration.between(t.releasedAt(), now).compareTo(objective) > 0) {
                Breach b = new Breach(t.transmissionId(), post, precedence, Breach.Stage.DELIVERED_LATE,
                        objective, t.releasedAt(), now);
                if (Breaches.record(tx, b, true)) emit(tx, new SwitchEvent.SpeedOfServiceBreach(b));
            }
            filed++;
        }
        StoredMessages.markDelivered(tx, t.transmissionId(), now);
        return filed;
    }

    /**
     * An addressee's precedence: its own when its line gives one, else the transmission's — except NIACT
     * IMMEDIATE, which applies only to the addressee it is written on: the others get IMMEDIATE.
     */
    static Precedence precedenceOf(Address a, Transmission t) {
        if (a.precedence() != null) return a.precedence();
        return t.precedence() == Precedence.NIACT_IMMEDIATE ? Precedence.IMMEDIATE : t.precedence();
    }

    /** The inbox key of an addressee: its routing indicator, or its plain language address without one. */
    static String postKey(Address a) {
        String key = a.ri() != null && !a.ri().isBlank() ? a.ri() : a.plad();
        return key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
    }

    long lastFiled(Tx tx, String channel) {
        try {
            PreparedStatement ps = tx.prepare("SELECT last_seq FROM delivery_channel WHERE channel = ?");
            ps.setString(1, channel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read channel " + channel + ": " + e.getMessage(), e);
        }
    }

    private static void saveLastFiled(Tx tx, String channel, long seq) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO delivery_channel (channel, last_seq) VALUES (?, ?) "
                + "ON CONFLICT (channel) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)");
        ps.setString(1, channel);
        ps.setLong(2, seq);
        ps.executeUpdate();
    }

    private void emit(Tx tx, SwitchEvent event) {
        tx.afterCommit(() -> events.accept(event));
    }
}
