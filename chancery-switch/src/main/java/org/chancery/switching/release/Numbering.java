package org.chancery.switching.release;

import org.chancery.switching.network.Network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The counters of release, always advanced inside the transaction that records the release (the caller's): a
 * number exists exactly when that release commits, so none is skipped or given twice, across restarts and crashes.
 */
final class Numbering {

    /** The largest MRN (six digits). */
    static final int MAX_MRN = 999_999;

    /** MCNs and channel sequence numbers have four digits and go round after 9999 to 0001. */
    static final int CYCLE = 9_999;

    private Numbering() {
    }

    /** The next MRN of a post in a year, from 1. */
    static int nextMrn(Connection c, String post, int year) throws SQLException {
        long last = advance(c, "SELECT last FROM numbering_mrn WHERE post = ? AND year = ?",
                "INSERT INTO numbering_mrn (post, year, last) VALUES (?, ?, 1)",
                "UPDATE numbering_mrn SET last = last + 1 WHERE post = ? AND year = ?", post, year);
        if (last > MAX_MRN) {
            throw new IllegalStateException(post + " has used every MRN of " + year + " (" + MAX_MRN + ")");
        }
        return (int) last;
    }

    /** The next MCN from an originator to an addressee: 0001 … 9999, then 0001 again. */
    static int nextMcn(Connection c, String origin, String addressee) throws SQLException {
        long last = advance(c, "SELECT last FROM numbering_mcn WHERE origin = ? AND addressee = ?",
                "INSERT INTO numbering_mcn (origin, addressee, last) VALUES (?, ?, 1)",
                "UPDATE numbering_mcn SET last = last + 1 WHERE origin = ? AND addressee = ?", origin, addressee);
        return cycle(last);
    }

    /** A channel's designator and its next sequence number. */
    record ChannelNumber(String designator, int sequence) {
        String id() {
            return designator + String.format(java.util.Locale.ROOT, "%04d", sequence);
        }
    }

    /**
     * The next transmission on the channel from {@code origin} to {@code nextHop}. A new channel takes the
     * designator the network file gives it, else the first three-letter designator not in use.
     */
    static ChannelNumber nextChannel(Connection c, Network network, String origin, String nextHop)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT designator, last FROM numbering_channel WHERE origin = ? AND next_hop = ?")) {
            SwitchStore.bind(ps, origin, nextHop);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String d = rs.getString(1);
                    long last = rs.getLong(2) + 1;
                    try (PreparedStatement up = c.prepareStatement(
                            "UPDATE numbering_channel SET last = ? WHERE origin = ? AND next_hop = ?")) {
                        SwitchStore.bind(up, last, origin, nextHop);
                        up.executeUpdate();
                    }
                    return new ChannelNumber(d, cycle(last));
                }
            }
        }
        String d = network.channelDesignator(origin, nextHop);
        if (d == null) d = freeDesignator(c, network);
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO numbering_channel (origin, next_hop, designator, last) VALUES (?, ?, ?, 1)")) {
            SwitchStore.bind(ins, origin, nextHop, d);
            ins.executeUpdate();
        }
        return new ChannelNumber(d, 1);
    }

    private static String freeDesignator(Connection c, Network network) throws SQLException {
        Set<String> taken = new HashSet<>(network.channelDesignators().values());
        try (PreparedStatement ps = c.prepareStatement("SELECT designator FROM numbering_channel");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) taken.add(rs.getString(1));
        }
        for (int i = 0; i < 26 * 26 * 26; i++) {
            String d = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            if (!taken.contains(d)) return d;
        }
        throw new IllegalStateException("every channel designator is in use");
    }

    static int cycle(long counter) {
        return (int) (1 + (counter - 1) % CYCLE);
    }

    /** Reads a counter and advances it by one (creating it at 1); returns the new value. */
    private static long advance(Connection c, String select, String insert, String update, Object... key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select)) {
            SwitchStore.bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (PreparedStatement ins = c.prepareStatement(insert)) {
                        SwitchStore.bind(ins, key);
                        ins.executeUpdate();
                    }
                    return 1;
                }
                long next = rs.getLong(1) + 1;
                try (PreparedStatement up = c.prepareStatement(update)) {
                    SwitchStore.bind(up, key);
                    up.executeUpdate();
                }
                return next;
            }
        }
    }
}
