package org.chancery.switching.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code queue_message} table: accepted transmissions, their state (QUEUED, SENT, DELIVERED) and, once sent,
 * their channel and channel sequence number. The store keeps every message after delivery too: it answers
 * retransmission requests from here.
 */
public final class StoredMessages {

    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String DELIVERED = "DELIVERED";

    // Address has an isCollective() accessor that Jackson writes as a property: ignore it when reading back.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {
    };

    /** A stored message as sent on a channel. */
    public record Sent(String channel, long channelSeq, Transmission transmission) {
    }

    private StoredMessages() {
    }

    /**
     * Stores an accepted transmission as QUEUED. Returns its store sequence, or -1 when a transmission with this
     * id is already stored (accept is idempotent: routing may hand the same transmission again after a crash).
     */
    public static long insert(Tx tx, Transmission t, Instant acceptedAt) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO queue_message (transmission_id, cable_id, section, precedence, "
                + "classification, destination, addressees, text, released_at, accepted_at, state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED') ON CONFLICT (transmission_id) DO NOTHING "
                + "RETURNING seq");
        ps.setString(1, t.transmissionId());
        ps.setString(2, t.cableId());
        ps.setInt(3, t.section());
        ps.setInt(4, highest(t).ordinal());
        ps.setString(5, t.classification().name());
        ps.setString(6, t.destination());
        ps.setString(7, addressesJson(t.addressees()));
        ps.setString(8, t.text());
        ps.setLong(9, t.releasedAt().toEpochMilli());
        ps.setLong(10, acceptedAt.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** The queue precedence of a transmission: the highest of its own and its addressees' (NIACT is per addressee). */
    public static Precedence highest(Transmission t) {
        Precedence p = t.precedence() == null ? Precedence.ROUTINE : t.precedence();
        for (Address a : t.addressees()) {
            if (a.precedence() != null && a.precedence().outranks(p)) p = a.precedence();
        }
        return p;
    }

    /** Marks a message SENT on {@code channel} with {@code channelSeq} and returns it as sent. */
    public static Sent markSent(Tx tx, long seq, String channel, long channelSeq, Instant at) throws SQLException {
        PreparedStatement update = tx.prepare("UPDATE queue_message SET state = 'SENT', channel = ?, channel_seq = ?, "
                + "sent_at = ? WHERE seq = ? AND state = 'QUEUED'");
        update.setString(1, channel);
        update.setLong(2, channelSeq);
        update.setLong(3, at.toEpochMilli());
        update.setLong(4, seq);
        if (update.executeUpdate() != 1) {
            throw new IllegalStateException("message " + seq + " is not queued");
        }
        PreparedStatement select = tx.prepare("SELECT " + COLUMNS + " FROM queue_message WHERE seq = ?");
        select.setLong(1, seq);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            return sent(rs);
        }
    }

    /** Marks a message DELIVERED (its receiver filed it). */
    public static void markDelivered(Tx tx, String transmissionId, Instant at) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE queue_message SET state = 'DELIVERED', delivered_at = ? "
                + "WHERE transmission_id = ? AND state <> 'DELIVERED'");
        ps.setLong(1, at.toEpochMilli());
        ps.setString(2, transmissionId);
        ps.executeUpdate();
    }

    /** Messages sent on {@code channel} with sequence numbers {@code from..to}, in sequence order. */
    public static List<Sent> sentBetween(Tx tx, String channel, long from, long to) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM queue_message WHERE channel = ? "
                + "AND channel_seq BETWEEN ? AND ? ORDER BY channel_seq");
        ps.setString(1, channel);
        ps.setLong(2, from);
        ps.setLong(3, to);
        List<Sent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(sent(rs));
        }
        return out;
    }

    /**
     * The last channel sequence number used on {@code channel} (0 before the first), as this transaction sees it:
     * numbering from the store, inside the job that sends, leaves no gap even when an earlier job of the same
     * group was rolled back.
     */
    public static long lastChannelSeq(Tx tx, String channel) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT max(channel_seq) FROM queue_message WHERE channel = ?");
        ps.setString(1, channel);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The last channel sequence number used on each channel, for numbering to continue after a restart. */
    public static void lastChannelSeqs(Connection c, java.util.function.BiConsumer<String, Long> sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT channel, max(channel_seq) FROM queue_message "
                + "WHERE channel IS NOT NULL GROUP BY channel");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) sink.accept(rs.getString(1), rs.getLong(2));
        }
    }

    /** The QUEUED messages in acceptance order, for the in-memory queues on start. */
    public static void queued(Connection c, Consumer<QueueEntry> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, transmission_id, destination, precedence, "
                + "released_at FROM queue_message WHERE state = 'QUEUED' ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(new QueueEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Precedence.values()[rs.getInt(4)], Instant.ofEpochMilli(rs.getLong(5))));
            }
        }
    }

    /** Depth and oldest release time of undelivered messages per destination and precedence. */
    public static List<QueueStatus> status(Connection c) throws SQLException {
        List<QueueStatus> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT destination, precedence, count(*), min(released_at) "
                + "FROM queue_message WHERE state <> 'DELIVERED' GROUP BY destination, precedence "
                + "ORDER BY destination, precedence");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new QueueStatus(rs.getString(1), Precedence.values()[rs.getInt(2)], rs.getLong(3),
                        Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
        return out;
    }

    private static final String COLUMNS = "transmission_id, cable_id, section, precedence, classification, "
            + "destination, addressees, text, released_at, channel, channel_seq";

    private static Sent sent(ResultSet rs) throws SQLException {
        Transmission t = new Transmission(rs.getString(1), rs.getString(2), rs.getInt(3),
                Precedence.values()[rs.getInt(4)], Level.valueOf(rs.getString(5)), rs.getString(6),
                addresses(rs.getString(7)), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)));
        return new Sent(rs.getString(10), rs.getLong(11), t);
    }

    static String addressesJson(List<Address> addressees) {
        try {
            return JSON.writeValueAsString(addressees);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("addressees not writable as JSON", e);
        }
    }

    static List<Address> addresses(String json) {
        try {
            return JSON.readValue(json, ADDRESSES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored addressees unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
