package org.chancery.archive.declass;

import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.SqliteTransactions;
import org.chancery.archive.store.StoreException;
import org.chancery.cable.model.Level;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The declassification state in the store of record: the schedule read from each cable's E.O. line, the
 * declassifications (never updated or deleted) and the review queue. One connection, one thread at a time.
 */
public final class SqliteDeclassifications implements AutoCloseable {

    private final Connection connection;
    private final SqliteTransactions tx;

    private SqliteDeclassifications(Connection connection) {
        this.connection = connection;
        this.tx = new SqliteTransactions(connection, "the declassification tables", "write");
    }

    /** Opens the tables of the store in {@code dir}, whose schema {@link SqliteCableStore#open} brought up to date. */
    public static SqliteDeclassifications open(Path dir) {
        try {
            return new SqliteDeclassifications(SqliteCableStore.dataSource(dir).getConnection());
        } catch (SQLException e) {
            throw new StoreException("cannot open the declassification tables in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A cable whose current version and schedule are known. */
    public record Scheduled(String cableId, long seq, int version, Schedule schedule) {
    }

    /** A cable version the schedule has not seen: new, or changed since. */
    public record Unscheduled(String cableId, long seq) {
    }

    // --- schedule --------------------------------------------------------------------------------------------

    public synchronized List<Unscheduled> unscheduled() {
        return tx.read(() -> {
            List<Unscheduled> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT c.id, c.current_seq FROM cable c "
                    + "LEFT JOIN declass_schedule s ON s.cable_id = c.id WHERE s.seq IS NULL OR s.seq <> c.current_seq "
                    + "ORDER BY c.id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Unscheduled(rs.getString(1), rs.getLong(2)));
            }
            return out;
        });
    }

    public synchronized void schedule(List<Scheduled> cables) {
        tx.write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO declass_schedule (cable_id, seq, "
                    + "level, rule, instruction, eo_order, due_on, twenty_five) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (cable_id) DO UPDATE SET seq = excluded.seq, level = excluded.level, "
                    + "rule = excluded.rule, instruction = excluded.instruction, eo_order = excluded.eo_order, "
                    + "due_on = excluded.due_on, twenty_five = excluded.twenty_five")) {
                for (Scheduled c : cables) {
                    Schedule s = c.schedule();
                    ps.setString(1, c.cableId());
                    ps.setLong(2, c.seq());
                    ps.setString(3, s.level() == null ? null : s.level().name());
                    ps.setString(4, s.rule().name());
                    ps.setString(5, s.instruction());
                    ps.setString(6, s.order());
                    ps.setString(7, date(s.dueOn()));
                    ps.setString(8, date(s.twentyFive()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String SCHEDULED = "SELECT s.cable_id, s.seq, v.version, s.rule, s.due_on, s.twenty_five, "
            + "s.level, s.instruction, s.eo_order FROM declass_schedule s JOIN cable_version v ON v.seq = s.seq ";
    private static final String NOT_DECLASSIFIED =
            " AND NOT EXISTS (SELECT 1 FROM declassification d WHERE d.cable_id = s.cable_id)";

    public synchronized Optional<Scheduled> scheduled(String id) {
        List<Scheduled> found = scheduled(SCHEDULED + "WHERE s.cable_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Cables due for automatic declassification on {@code asOf} and not yet declassified, by id. */
    public synchronized List<Scheduled> due(LocalDate asOf) {
        return scheduled(SCHEDULED + "WHERE s.rule IN ('ON_DATE', 'TWENTY_FIVE_YEARS') AND s.due_on <= ?"
                + NOT_DECLASSIFIED + " ORDER BY s.cable_id", asOf.toString());
    }

    /** Cables to put in the review queue on {@code asOf}: not declassified, not queued yet, by id. */
    public synchronized List<Scheduled> toReview(LocalDate asOf) {
        return scheduled(SCHEDULED + "WHERE s.rule IN ('EVENT', 'OADR', 'UNPARSED', 'NO_DATE', 'EXEMPTION') "
                + "AND (s.due_on IS NULL OR s.due_on <= ?)" + NOT_DECLASSIFIED
                + " AND NOT EXISTS (SELECT 1 FROM declass_review r WHERE r.cable_id = s.cable_id) ORDER BY s.cable_id",
                asOf.toString());
    }

    /** Cables whose extended date has come on {@code asOf}, by id. */
    public synchronized List<Scheduled> extendedDue(LocalDate asOf) {
        return scheduled(SCHEDULED + "JOIN declass_review r ON r.cable_id = s.cable_id WHERE r.state = 'EXTENDED' "
                + "AND r.extended_to <= ?" + NOT_DECLASSIFIED + " ORDER BY s.cable_id", asOf.toString());
    }

    private List<Scheduled> scheduled(String sql, String arg) {
        return tx.read(() -> {
            List<Scheduled> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String level = rs.getString(7);
                        out.add(new Scheduled(rs.getString(1), rs.getLong(2), rs.getInt(3), new Schedule(
                                Rule.valueOf(rs.getString(4)), date(rs.getString(5)), date(rs.getString(6)),
                                level == null ? null : Level.valueOf(level), rs.getString(8), rs.getString(9))));
                    }
                }
            }
            return out;
        });
    }

    // --- declassifications -----------------------------------------------------------------------------------

    /** Records a declassification (and closes its review item, if any), in one transaction. */
    public synchronized void record(Declassified d) {
        tx.write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO declassification (cable_id, version, "
                    + "declassified_on, authority, basis, exempt, subject_exempt, decided_by, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, d.cableId());
                ps.setInt(2, d.version());
                ps.setString(3, d.on().toString());
                ps.setString(4, d.authority());
                ps.setString(5, d.basis().name());
                ps.setString(6, String.join(",", d.exemptParagraphs().stream().map(String::valueOf).toList()));
                ps.setInt(7, d.subjectExempt() ? 1 : 0);
                ps.setString(8, d.decidedBy());
                ps.setString(9, d.recordedAt().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE declass_review SET state = 'DECLASSIFIED', "
                    + "decided_by = ?, decided_at = ? WHERE cable_id = ?")) {
                ps.setString(1, d.decidedBy());
                ps.setString(2, d.recordedAt().toString());
                ps.setString(3, d.cableId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public synchronized Optional<Declassified> declassification(String id) {
        Map<String, Declassified> found = declassifications(List.of(id));
        return Optional.ofNullable(found.get(id));
    }

    /** The declassifications of these cables (absent: not declassified). */
    public synchronized Map<String, Declassified> declassifications(Collection<String> ids) {
        return tx.read(() -> {
            Map<String, Declassified> out = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT cable_id, version, declassified_on, "
                    + "authority, basis, exempt, subject_exempt, decided_by, recorded_at FROM declassification "
                    + "WHERE cable_id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.put(id, declassified(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Every cable's id, in id order. */
    public synchronized List<String> currentIds() {
        return ids("SELECT id FROM cable ORDER BY id");
    }

    /** Every declassified cable's id, in id order. */
    public synchronized List<String> declassifiedIds() {
        return ids("SELECT cable_id FROM declassification ORDER BY cable_id");
    }

    private List<String> ids(String sql) {
        return tx.read(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    private static Declassified declassified(ResultSet rs) throws SQLException {
        TreeSet<Integer> exempt = new TreeSet<>();
        String list = rs.getString(6);
        if (!list.isEmpty()) for (String n : list.split(",")) exempt.add(Integer.parseInt(n));
        return new Declassified(rs.getString(1), rs.getInt(2), LocalDate.parse(rs.getString(3)), rs.getString(4),
                Basis.valueOf(rs.getString(5)), exempt, rs.getInt(7) != 0, rs.getString(8),
                Instant.parse(rs.getString(9)));
    }

    // --- review queue ----------------------------------------------------------------------------------------

    public synchronized void queue(List<ReviewItem> items) {
        tx.write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO declass_review (cable_id, rule, "
                    + "instruction, queued_on, state) VALUES (?, ?, ?, ?, 'PENDING')")) {
                for (ReviewItem i : items) {
                    ps.setString(1, i.cableId());
                    ps.setString(2, i.rule().name());
                    ps.setString(3, i.instruction());
                    ps.setString(4, i.queuedOn().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public synchronized void extend(String id, LocalDate until, String reason, String user, Instant at) {
        tx.write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE declass_review SET state = 'EXTENDED', "
                    + "extended_to = ?, reason = ?, decided_by = ?, decided_at = ? WHERE cable_id = ?")) {
                ps.setString(1, until.toString());
                ps.setString(2, reason);
                ps.setString(3, user);
                ps.setString(4, at.toString());
                ps.setString(5, id);
                if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no review item for " + id);
            }
            return null;
        });
    }

    private static final String REVIEW = "SELECT r.cable_id, r.rule, r.instruction, r.queued_on, s.twenty_five, "
            + "r.state, r.extended_to, r.reason, r.decided_by FROM declass_review r "
            + "LEFT JOIN declass_schedule s ON s.cable_id = r.cable_id ";

    public synchronized Optional<ReviewItem> review(String id) {
        List<ReviewItem> found = reviews(REVIEW + "WHERE r.cable_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The review queue: pending and extended items (every item when {@code all}), by 25-year date then id. */
    public synchronized List<ReviewItem> reviews(boolean all) {
        return reviews(REVIEW + (all ? "" : "WHERE r.state <> 'DECLASSIFIED' ")
                + "ORDER BY s.twenty_five IS NULL, s.twenty_five, r.cable_id", null);
    }

    public synchronized int pending() {
        return tx.read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM declass_review WHERE state = 'PENDING'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<ReviewItem> reviews(String sql, String arg) {
        return tx.read(() -> {
            List<ReviewItem> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                if (arg != null) ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReviewItem(rs.getString(1), Rule.valueOf(rs.getString(2)), rs.getString(3),
                                date(rs.getString(4)), date(rs.getString(5)), ReviewItem.State.valueOf(rs.getString(6)),
                                date(rs.getString(7)), rs.getString(8), rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    // --- plumbing --------------------------------------------------------------------------------------------

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Override
    public synchronized void close() {
        tx.close();
    }
}
