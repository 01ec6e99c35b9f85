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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
            // an item about an older version, not decided yet (or extended), is no longer what stands for review:
            // the newer version is queued (or declassified) on its own account
            try (PreparedStatement ps = connection.prepareStatement("UPDATE declass_review SET state = 'SUPERSEDED' "
                    + "WHERE cable_id = ? AND version < (SELECT version FROM cable_version WHERE seq = ?) "
                    + "AND state IN ('PENDING', 'EXTENDED')")) {
                for (Scheduled c : cables) {
                    ps.setString(1, c.cableId());
                    ps.setLong(2, c.seq());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String SCHEDULED = "SELECT s.cable_id, s.seq, v.version, s.rule, s.due_on, s.twenty_five, "
            + "s.level, s.instruction, s.eo_order FROM declass_schedule s JOIN cable_version v ON v.seq = s.seq ";
    /** The version scheduled has no declassification of its own (an older version's does not count). */
    private static final String NOT_DECLASSIFIED = " AND NOT EXISTS (SELECT 1 FROM declassification d "
            + "WHERE d.cable_id = s.cable_id AND d.version = v.version)";
    /**
     * A reviewer judged an older version of the cable: declassified it on review or at a date they extended to,
     * or extended its classification. Such a version is not declassified by its own date: it goes to review.
     */
    private static final String JUDGED = "(EXISTS (SELECT 1 FROM declassification d WHERE d.cable_id = s.cable_id "
            + "AND d.version < v.version AND d.basis IN ('REVIEW', 'EXTENDED_DATE')) "
            + "OR EXISTS (SELECT 1 FROM declass_review j WHERE j.cable_id = s.cable_id AND j.version < v.version "
            + "AND j.extended_to IS NOT NULL))";

    /** The schedule of the cable's current version (null when the run has not read it yet). */
    public synchronized Optional<Scheduled> scheduled(String id) {
        List<Scheduled> found = scheduled(SCHEDULED + "WHERE s.cable_id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Cable versions due for automatic declassification on {@code asOf}, not declassified yet, and of cables no
     * reviewer judged before (those go to review), by id.
     */
    public synchronized List<Scheduled> due(LocalDate asOf) {
        return scheduled(SCHEDULED + "WHERE s.rule IN ('ON_DATE', 'TWENTY_FIVE_YEARS') AND s.due_on <= ?"
                + NOT_DECLASSIFIED + " AND NOT " + JUDGED + " ORDER BY s.cable_id", asOf.toString());
    }

    /**
     * Cable versions to put in the review queue on {@code asOf}, by id: not declassified, not queued yet, and
     * either their own instruction asks for a person, or a reviewer judged an older version of the cable (and
     * this one is classified).
     */
    public synchronized List<Scheduled> toReview(LocalDate asOf) {
        String notQueued = NOT_DECLASSIFIED + " AND NOT EXISTS (SELECT 1 FROM declass_review r "
                + "WHERE r.cable_id = s.cable_id AND r.version = v.version)";
        // two queries, each driven by an index: the instructions that ask for a person (by rule), and the cables a
        // reviewer judged (few, from the declassifications and the review items)
        List<Scheduled> byRule = scheduled(SCHEDULED + "WHERE s.rule IN ('EVENT', 'OADR', 'UNPARSED', 'NO_DATE', "
                + "'EXEMPTION') AND (s.due_on IS NULL OR s.due_on <= ?)" + notQueued, asOf.toString());
        List<Scheduled> judged = scheduled(SCHEDULED + "WHERE s.cable_id IN (SELECT cable_id FROM declassification "
                + "WHERE basis IN ('REVIEW', 'EXTENDED_DATE') UNION SELECT cable_id FROM declass_review "
                + "WHERE extended_to IS NOT NULL) AND s.rule <> 'NOT_CLASSIFIED' AND " + JUDGED + notQueued, null);
        TreeMap<String, Scheduled> out = new TreeMap<>();
        for (Scheduled x : byRule) out.put(x.cableId(), x);
        for (Scheduled x : judged) out.put(x.cableId(), x);
        return new ArrayList<>(out.values());
    }

    /** Cable versions whose extended date has come on {@code asOf}, by id. */
    public synchronized List<Scheduled> extendedDue(LocalDate asOf) {
        return scheduled(SCHEDULED + "JOIN declass_review r ON r.cable_id = s.cable_id AND r.version = v.version "
                + "WHERE r.state = 'EXTENDED' AND r.extended_to <= ?" + NOT_DECLASSIFIED + " ORDER BY s.cable_id",
                asOf.toString());
    }

    private List<Scheduled> scheduled(String sql, String arg) {
        return tx.read(() -> {
            List<Scheduled> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                if (arg != null) ps.setString(1, arg);
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

    /**
     * The change-sequence numbers a batch of declassifications took: {@code base} was the store's last seq before
     * them, they took {@code base + 1} to {@code last}.
     */
    public record Recorded(long base, long last) {
    }

    /** Records a declassification (and closes its review item, if any), in one transaction. */
    public synchronized Recorded record(Declassified d) {
        return record(List.of(d));
    }

    /**
     * Records declassifications (and closes their review items, if any), in one transaction. Each takes the next
     * number of the store's change sequence, shared with the versions (V5): a declassification changes how its
     * cable is indexed, so the index's high-water mark must cover it like a new version.
     */
    public synchronized Recorded record(List<Declassified> batch) {
        return tx.write(() -> {
            long base;
            try (PreparedStatement ps = connection.prepareStatement(SqliteCableStore.LAST_SEQ);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                base = rs.getLong(1);
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO declassification (cable_id, version, "
                    + "declassified_on, authority, basis, exempt, subject_exempt, decided_by, recorded_at, seq) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long seq = base;
                for (Declassified d : batch) {
                    ps.setString(1, d.cableId());
                    ps.setInt(2, d.version());
                    ps.setString(3, d.on().toString());
                    ps.setString(4, d.authority());
                    ps.setString(5, d.basis().name());
                    ps.setString(6, String.join(",", d.exemptParagraphs().stream().map(String::valueOf).toList()));
                    ps.setInt(7, d.subjectExempt() ? 1 : 0);
                    ps.setString(8, d.decidedBy());
                    ps.setString(9, d.recordedAt().toString());
                    ps.setLong(10, ++seq);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE declass_review SET state = 'DECLASSIFIED', "
                    + "decided_by = ?, decided_at = ? WHERE cable_id = ? AND version = ?")) {
                for (Declassified d : batch) {
                    ps.setString(1, d.decidedBy());
                    ps.setString(2, d.recordedAt().toString());
                    ps.setString(3, d.cableId());
                    ps.setInt(4, d.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new Recorded(base, base + batch.size());
        });
    }

    /**
     * The cables declassified after {@code seq} (in the change sequence) whose current version is at or before
     * it, in seq order: what a replay of the changes after {@code seq} must put into the index again besides the
     * versions after it.
     */
    public synchronized List<String> declassifiedAfter(long seq) {
        return tx.read(() -> {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT d.cable_id FROM declassification d "
                    + "JOIN cable c ON c.id = d.cable_id WHERE d.seq > ? AND c.current_seq <= ? ORDER BY d.seq")) {
                ps.setLong(1, seq);
                ps.setLong(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return new ArrayList<>(out);
        });
    }

    /** The seq of the current version of each of these cables (absent: no such cable). */
    public synchronized Map<String, Long> currentSeqs(Collection<String> ids) {
        return tx.read(() -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT current_seq FROM cable WHERE id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.put(id, rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static final String DECLASSIFICATION = "SELECT d.cable_id, d.version, d.declassified_on, d.authority, "
            + "d.basis, d.exempt, d.subject_exempt, d.decided_by, d.recorded_at FROM declassification d ";

    /** The declassification of the cable's current version, if that version has been declassified. */
    public synchronized Optional<Declassified> declassification(String id) {
        return Optional.ofNullable(declassifications(List.of(id)).get(id));
    }

    /** The declassification of one version of a cable, if that version has been declassified. */
    public synchronized Optional<Declassified> declassification(String id, int version) {
        return tx.read(() -> {
            try (PreparedStatement ps = connection.prepareStatement(DECLASSIFICATION
                    + "WHERE d.cable_id = ? AND d.version = ?")) {
                ps.setString(1, id);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(declassified(rs)) : Optional.<Declassified>empty();
                }
            }
        });
    }

    /**
     * The declassifications of these cables' current versions (absent: the current version is not declassified,
     * whatever an older one is). A caller holding a version read earlier checks {@link Declassified#version}
     * against it ({@link CurrentLabels#governing}).
     */
    public synchronized Map<String, Declassified> declassifications(Collection<String> ids) {
        return tx.read(() -> {
            Map<String, Declassified> out = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(DECLASSIFICATION + "JOIN cable c ON c.id = "
                    + "d.cable_id AND c.current_version = d.version WHERE d.cable_id = ?")) {
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

    /**
     * The latest reviewer's judgement of a version of the cable older than {@code version}: a declassification on
     * review or at an extended date, or, failing a later one, an extension (the item, with its date and reason).
     */
    public synchronized Optional<Judgement> judgementBefore(String id, int version) {
        return tx.read(() -> {
            Declassified declassified = null;
            try (PreparedStatement ps = connection.prepareStatement(DECLASSIFICATION + "WHERE d.cable_id = ? "
                    + "AND d.version < ? AND d.basis IN ('REVIEW', 'EXTENDED_DATE') ORDER BY d.version DESC LIMIT 1")) {
                ps.setString(1, id);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) declassified = declassified(rs);
                }
            }
            ReviewItem extended = null;
            for (ReviewItem i : reviews(REVIEW + "WHERE r.cable_id = ? AND r.version < ? AND r.extended_to IS NOT NULL "
                    + "ORDER BY r.version DESC LIMIT 1", id, version)) {
                extended = i;
            }
            if (declassified == null && extended == null) return Optional.<Judgement>empty();
            if (extended != null && (declassified == null || extended.version() > declassified.version())) {
                return Optional.of(new Judgement(null, extended));
            }
            return Optional.of(new Judgement(declassified, null));
        });
    }

    /** A reviewer's judgement of an older version: exactly one of the two is set. */
    public record Judgement(Declassified declassified, ReviewItem extension) {
    }

    /** Every cable's id, in id order. */
    public synchronized List<String> currentIds() {
        return ids("SELECT id FROM cable ORDER BY id");
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
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO declass_review (cable_id, version, "
                    + "rule, instruction, queued_on, state, note) VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")) {
                for (ReviewItem i : items) {
                    ps.setString(1, i.cableId());
                    ps.setInt(2, i.version());
                    ps.setString(3, i.rule().name());
                    ps.setString(4, i.instruction());
                    ps.setString(5, i.queuedOn().toString());
                    ps.setString(6, i.note());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public synchronized void extend(String id, int version, LocalDate until, String reason, String user, Instant at) {
        tx.write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE declass_review SET state = 'EXTENDED', "
                    + "extended_to = ?, reason = ?, decided_by = ?, decided_at = ? WHERE cable_id = ? AND version = ?")) {
                ps.setString(1, until.toString());
                ps.setString(2, reason);
                ps.setString(3, user);
                ps.setString(4, at.toString());
                ps.setString(5, id);
                ps.setInt(6, version);
                if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no review item for " + id + " version " + version);
            }
            return null;
        });
    }

    private static final String REVIEW = "SELECT r.cable_id, r.version, r.rule, r.instruction, r.queued_on, "
            + "s.twenty_five, r.state, r.extended_to, r.reason, r.decided_by, r.note FROM declass_review r "
            + "LEFT JOIN declass_schedule s ON s.cable_id = r.cable_id ";

    /** The review item of the cable's current version, if it has one. */
    public synchronized Optional<ReviewItem> review(String id) {
        List<ReviewItem> found = reviews(REVIEW + "JOIN cable c ON c.id = r.cable_id AND c.current_version = r.version "
                + "WHERE r.cable_id = ?", id, null);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The review queue: pending and extended items of current versions (every item, of every version, when
     * {@code all}), by 25-year date, id, then version.
     */
    public synchronized List<ReviewItem> reviews(boolean all) {
        return reviews(REVIEW + (all ? "" : "JOIN cable c ON c.id = r.cable_id AND c.current_version = r.version "
                + "WHERE r.state IN ('PENDING', 'EXTENDED') ")
                + "ORDER BY s.twenty_five IS NULL, s.twenty_five, r.cable_id, r.version", null, null);
    }

    public synchronized int pending() {
        return tx.read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM declass_review r "
                    + "JOIN cable c ON c.id = r.cable_id AND c.current_version = r.version WHERE r.state = 'PENDING'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<ReviewItem> reviews(String sql, String id, Integer version) {
        return tx.read(() -> {
            List<ReviewItem> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                if (id != null) ps.setString(1, id);
                if (version != null) ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReviewItem(rs.getString(1), rs.getInt(2), Rule.valueOf(rs.getString(3)),
                                rs.getString(4), date(rs.getString(5)), date(rs.getString(6)),
                                ReviewItem.State.valueOf(rs.getString(7)), date(rs.getString(8)), rs.getString(9),
                                rs.getString(10), rs.getString(11)));
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
