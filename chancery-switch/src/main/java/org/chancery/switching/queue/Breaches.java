package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code queue_breach} table: at most one record per transmission and post (the empty post for a message
 * that breached while still queued), so that a message late at several checks is reported once.
 */
public final class Breaches {

    private Breaches() {
    }

    /**
     * Records {@code breach} unless one is already recorded for its transmission and post — or, when
     * {@code onePerTransmission}, for its transmission at all. Returns whether it was recorded.
     */
    public static boolean record(Tx tx, Breach breach, boolean onePerTransmission) throws SQLException {
        PreparedStatement ps = tx.prepare("INSERT INTO queue_breach (transmission_id, post, precedence, stage, "
                + "objective_ms, released_at, detected_at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM queue_breach WHERE transmission_id = ? AND (post = ? OR ? = 1))");
        ps.setString(1, breach.transmissionId());
        ps.setString(2, breach.post());
        ps.setInt(3, breach.precedence().ordinal());
        ps.setString(4, breach.stage().name());
        ps.setLong(5, breach.objective().toMillis());
        ps.setLong(6, breach.releasedAt().toEpochMilli());
        ps.setLong(7, breach.detectedAt().toEpochMilli());
        ps.setString(8, breach.transmissionId());
        ps.setString(9, breach.post());
        ps.setInt(10, onePerTransmission ? 1 : 0);
        return ps.executeUpdate() == 1;
    }

    /**
     * Records a QUEUED breach for every undelivered message older than its precedence's objective at {@code now},
     * returning the new ones.
     */
    public static List<Breach> checkQueued(Tx tx, SpeedOfService sos, Instant now) throws SQLException {
        List<Breach> found = new ArrayList<>();
        PreparedStatement ps = tx.prepare("SELECT transmission_id, released_at FROM queue_message m "
                + "WHERE state <> 'DELIVERED' AND precedence = ? AND released_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM queue_breach b WHERE b.transmission_id = m.transmission_id)");
        for (Precedence p : Precedence.values()) {
            Duration objective = sos.objective(p);
            ps.setInt(1, p.ordinal());
            ps.setLong(2, now.minus(objective).toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Breach(rs.getString(1), "", p, Breach.Stage.QUEUED, objective,
                            Instant.ofEpochMilli(rs.getLong(2)), now));
                }
            }
        }
        List<Breach> recorded = new ArrayList<>();
        for (Breach b : found) {
            if (record(tx, b, true)) recorded.add(b);
        }
        return recorded;
    }

    /** All recorded breaches, latest first (at most {@code limit}). */
    public static List<Breach> list(Connection c, int limit) throws SQLException {
        List<Breach> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT transmission_id, post, precedence, stage, objective_ms, "
                + "released_at, detected_at FROM queue_breach ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Breach(rs.getString(1), rs.getString(2), Precedence.values()[rs.getInt(3)],
                            Breach.Stage.valueOf(rs.getString(4)), Duration.ofMillis(rs.getLong(5)),
                            Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
        }
        return out;
    }
}
