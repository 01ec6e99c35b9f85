package org.chancery.switching.delivery;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.queue.Tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code delivery_inbox} and {@code delivery_report} tables. */
final class Inbox {

    private static final String COLUMNS = "id, post, plad, transmission_id, cable_id, section, precedence, "
            + "classification, role, distribution, subject, originator, requires_ack, released_at, delivered_at, "
            + "acked_by, acked_at, escalated_at";

    private Inbox() {
    }

    static boolean contains(Tx tx, String transmissionId, String post) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT 1 FROM delivery_inbox WHERE transmission_id = ? AND post = ?");
        ps.setString(1, transmissionId);
        ps.setString(2, post);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Files a copy; returns it with its id. */
    static InboxEntry insert(Tx tx, InboxEntry e) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO delivery_inbox (post, plad, transmission_id, cable_id, "
                + "section, precedence, classification, role, distribution, subject, originator, requires_ack, "
                + "released_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        ps.setString(1, e.post());
        ps.setString(2, e.plad());
        ps.setString(3, e.transmissionId());
        ps.setString(4, e.cableId());
        ps.setInt(5, e.section());
        ps.setInt(6, e.precedence().ordinal());
        ps.setString(7, e.classification().name());
        ps.setString(8, e.role().name());
        ps.setString(9, String.join(",", e.distribution()));
        ps.setString(10, e.subject());
        ps.setString(11, e.originator());
        ps.setInt(12, e.requiresAck() ? 1 : 0);
        ps.setLong(13, e.releasedAt().toEpochMilli());
        ps.setLong(14, e.deliveredAt().toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return new InboxEntry(id, e.post(), e.plad(), e.transmissionId(), e.cableId(), e.section(),
                    e.precedence(), e.classification(), e.role(), e.distribution(), e.subject(), e.originator(),
                    e.requiresAck(), e.releasedAt(), e.deliveredAt(), null, null, null);
        }
    }

    /** A post's inbox, newest first; {@code post} is its routing indicator or plain language address. */
    static List<InboxEntry> of(Connection c, String post, int limit) throws SQLException {
        String key = post.strip().toUpperCase(Locale.ROOT);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM delivery_inbox "
                + "WHERE post = ? OR upper(plad) = ? ORDER BY delivered_at DESC, id DESC LIMIT ?")) {
            ps.setString(1, key);
            ps.setString(2, key);
            ps.setInt(3, limit);
            return list(ps);
        }
    }

    /** A post's copies of a message, by transmission id or cable id. */
    static List<InboxEntry> find(Tx tx, String post, String messageId) throws SQLException {
        String key = post.strip().toUpperCase(Locale.ROOT);
        PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM delivery_inbox "
                + "WHERE (post = ? OR upper(plad) = ?) AND (transmission_id = ? OR cable_id = ?) ORDER BY id");
        ps.setString(1, key);
        ps.setString(2, key);
        ps.setString(3, messageId.strip());
        ps.setString(4, messageId.strip());
        return list(ps);
    }

    /** Copies awaiting acknowledgment, oldest first. */
    static List<InboxEntry> awaitingAck(Tx tx) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM delivery_inbox "
                + "WHERE requires_ack = 1 AND acked_at IS NULL ORDER BY delivered_at");
        return list(ps);
    }

    static InboxEntry acknowledge(Tx tx, InboxEntry e, String user, Instant at) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE delivery_inbox SET acked_by = ?, acked_at = ? "
                + "WHERE id = ? AND acked_at IS NULL");
        ps.setString(1, user);
        ps.setLong(2, at.toEpochMilli());
        ps.setLong(3, e.id());
        ps.executeUpdate();
        return new InboxEntry(e.id(), e.post(), e.plad(), e.transmissionId(), e.cableId(), e.section(),
                e.precedence(), e.classification(), e.role(), e.distribution(), e.subject(), e.originator(),
                e.requiresAck(), e.releasedAt(), e.deliveredAt(), user, at, e.escalatedAt());
    }

    static InboxEntry escalate(Tx tx, InboxEntry e, Instant at) throws SQLException {
        PreparedStatement ps = tx.prepare("UPDATE delivery_inbox SET escalated_at = ? WHERE id = ?");
        ps.setLong(1, at.toEpochMilli());
        ps.setLong(2, e.id());
        ps.executeUpdate();
        PreparedStatement record = tx.prepare("INSERT INTO delivery_escalation (inbox_id, post, transmission_id, at) "
                + "VALUES (?, ?, ?, ?)");
        record.setLong(1, e.id());
        record.setString(2, e.post());
        record.setString(3, e.transmissionId());
        record.setLong(4, at.toEpochMilli());
        record.executeUpdate();
        return new InboxEntry(e.id(), e.post(), e.plad(), e.transmissionId(), e.cableId(), e.section(),
                e.precedence(), e.classification(), e.role(), e.distribution(), e.subject(), e.originator(),
                e.requiresAck(), e.releasedAt(), e.deliveredAt(), e.ackedBy(), e.ackedAt(), at);
    }

    static void report(Tx tx, DeliveryReport r) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO delivery_report (transmission_id, cable_id, originator, "
                + "addressee, kind, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, r.transmissionId());
        ps.setString(2, r.cableId());
        ps.setString(3, r.originator());
        ps.setString(4, r.addressee());
        ps.setString(5, r.kind().name());
        ps.setLong(6, r.at().toEpochMilli());
        ps.setString(7, r.detail());
        ps.executeUpdate();
    }

    /** Files a report unless the same one (cable, addressee, kind) is there already; returns whether it was new. */
    static boolean reportOnce(Tx tx, DeliveryReport r) throws SQLException {
        PreparedStatement ps = tx.prepare("SELECT 1 FROM delivery_report WHERE cable_id = ? AND addressee = ? "
                + "AND kind = ?");
        ps.setString(1, r.cableId());
        ps.setString(2, r.addressee());
        ps.setString(3, r.kind().name());
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) return false;
        }
        report(tx, r);
        return true;
    }

    static List<DeliveryReport> reportsTo(Connection c, String originator, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT transmission_id, cable_id, originator, addressee, kind, "
                + "at, detail FROM delivery_report WHERE upper(originator) = ? ORDER BY id DESC LIMIT ?")) {
            ps.setString(1, originator.strip().toUpperCase(Locale.ROOT));
            ps.setInt(2, limit);
            return reports(ps);
        }
    }

    static List<DeliveryReport> reports(Connection c, String cableId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT transmission_id, cable_id, originator, addressee, kind, "
                + "at, detail FROM delivery_report WHERE cable_id = ? ORDER BY id")) {
            ps.setString(1, cableId);
            return reports(ps);
        }
    }

    private static List<DeliveryReport> reports(PreparedStatement ps) throws SQLException {
        List<DeliveryReport> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DeliveryReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        DeliveryReport.Kind.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)),
                        rs.getString(7)));
            }
        }
        return out;
    }

    private static List<InboxEntry> list(PreparedStatement ps) throws SQLException {
        List<InboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(entry(rs));
        }
        return out;
    }

    private static InboxEntry entry(ResultSet rs) throws SQLException {
        String distribution = rs.getString(10);
        return new InboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), Precedence.values()[rs.getInt(7)], Level.valueOf(rs.getString(8)),
                Role.valueOf(rs.getString(9)),
                distribution.isEmpty() ? List.of() : Arrays.asList(distribution.split(",")),
                rs.getString(11), rs.getString(12), rs.getInt(13) == 1, instant(rs, 14), instant(rs, 15),
                rs.getString(16), instant(rs, 17), instant(rs, 18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
