package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.store.StoredVersion;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Declassifies what is due and carries out reviewers' decisions. {@link #run} is the daily job (the CLI's
 * {@code chancery declassify}, later the server's scheduler); {@link #decide} is a reviewer's decision on an item
 * of the review queue. Every declassification, every item queued and every decision is appended to the audit
 * log; every cable declassified is put into the index again, so that search reads it at UNCLASSIFIED.
 *
 * <p>Authorisation is the caller's: {@code run} by an administrator or the server, {@code decide} by a
 * principal with the DECLASSIFICATION_REVIEWER role.
 */
public final class Declassifier {

    /** Cables parsed per store read when reading E.O. lines. */
    private static final int PAGE = 1_000;
    /** Cables declassified per batch: one group of audit records, one store transaction, one index put. */
    static final int BATCH = 1_000;
    /** A long run commits the index this often (and at the end). */
    private static final int COMMIT_SECONDS = 10;

    private final Archive archive;
    private final AuditLog audit;
    private final SqliteDeclassifications state;
    private final String user;
    private final Clock clock;
    private final int batch;
    private final Duration commitInterval;

    /** A declassifier acting as {@code user} (recorded in the audit log and on each declassification). */
    public Declassifier(Archive archive, String user) {
        this(archive, user, Clock.systemUTC());
    }

    public Declassifier(Archive archive, String user, Clock clock) {
        this(archive, user, clock, BATCH, Duration.ofSeconds(COMMIT_SECONDS));
    }

    /** With smaller batches and index commits more often, so that a test's kill can land anywhere in a run. */
    Declassifier(Archive archive, String user, Clock clock, int batch, Duration commitInterval) {
        this.batch = batch;
        this.commitInterval = commitInterval;
        this.archive = archive;
        this.audit = archive.audit();
        this.state = archive.declassifications();
        this.user = user;
        this.clock = clock;
    }

    /**
     * Declassifies what is due on {@code asOf}: reads the E.O. line of every new or changed cable version;
     * declassifies the cables whose date (their own, DTG + 25 years, or a reviewer's extended date) has come;
     * puts into the review queue the cables a person must judge. Running it twice for the same day changes
     * nothing the second time.
     */
    public DeclassificationSummary run(LocalDate asOf) {
        return run(asOf, Progress.NONE);
    }

    /**
     * The same, telling {@code progress} how many of the cables due have been declassified. They are declassified
     * {@value #BATCH} at a time: the audit records of a batch appended together, then its declassifications
     * recorded in one store transaction, then its cables put into the index, which commits every
     * {@value #COMMIT_SECONDS} seconds and at the end (a crash in between costs a replay on the next open).
     */
    public DeclassificationSummary run(LocalDate asOf, Progress progress) {
        int scheduled = schedule(progress);

        List<Due> due = new ArrayList<>();
        for (SqliteDeclassifications.Scheduled s : state.due(asOf)) {
            Basis basis = s.schedule().rule() == Rule.ON_DATE ? Basis.ON_DATE : Basis.TWENTY_FIVE_YEARS;
            due.add(new Due(s, basis, s.schedule().dueOn()));
        }
        for (SqliteDeclassifications.Scheduled s : state.extendedDue(asOf)) {
            due.add(new Due(s, Basis.EXTENDED_DATE, state.review(s.cableId()).orElseThrow().extendedTo()));
        }
        due.sort(Comparator.comparing(d -> d.scheduled().cableId()));

        progress.started(due.size());
        List<Declassified> declassified = new ArrayList<>(due.size());
        long lastCommit = System.nanoTime();
        for (int from = 0; from < due.size(); from += batch) {
            List<Declassified> some = new ArrayList<>(batch);
            for (Due d : due.subList(from, Math.min(due.size(), from + batch))) {
                some.add(declassification(d.scheduled(), d.basis(), d.on(), Set.of(), false));
            }
            declassify(some);
            declassified.addAll(some);
            progress.progress(declassified.size(), due.size());
            if (System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                archive.commitIndex();
                lastCommit = System.nanoTime();
            }
        }
        if (!due.isEmpty()) archive.commitIndex();

        List<ReviewItem> queued = new ArrayList<>();
        for (SqliteDeclassifications.Scheduled s : state.toReview(asOf)) {
            String note = state.judgementBefore(s.cableId(), s.version()).map(j -> note(s, j)).orElse(null);
            queued.add(new ReviewItem(s.cableId(), s.version(), s.schedule().rule(), s.schedule().instruction(), asOf,
                    s.schedule().twentyFive(), ReviewItem.State.PENDING, null, null, null, note));
        }
        for (int from = 0; from < queued.size(); from += batch) {
            List<ReviewItem> some = queued.subList(from, Math.min(queued.size(), from + batch));
            // recorded before it is done, as every action: a crash in between leaves a record of an item the next
            // run queues (and records) again, never an item without its record
            audit.appendAll(some.stream().map(q -> event("declassify-queue", q.cableId(), "version " + q.version()
                    + ", " + q.rule() + ": " + q.instruction() + (q.note() == null ? "" : "; " + q.note()))).toList());
            state.queue(some);
        }
        return new DeclassificationSummary(asOf, scheduled, declassified, queued, state.pending());
    }

    /**
     * Follows a run: how many new or changed versions have had their E.O. line read (the first run reads them
     * all), then the number of cables due once known, and how many are declassified, after each batch.
     */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        /** The E.O. lines of {@code done} of the {@code total} versions not read before have been read. */
        default void reading(long done, long total) {
        }

        /** {@code total} cable versions are due for declassification. */
        default void started(long total) {
        }

        /** {@code done} of {@code total} have been declassified. */
        default void progress(long done, long total) {
        }
    }

    /** A cable version due, on what basis, and the date its declassification takes effect. */
    private record Due(SqliteDeclassifications.Scheduled scheduled, Basis basis, LocalDate on) {
    }

    /**
     * What a reviewer of a new version must know: which earlier version was judged, when and how, so they can
     * compare the two texts (a review judged a text, not an id: the new text has not been judged).
     */
    static String note(SqliteDeclassifications.Scheduled s, SqliteDeclassifications.Judgement j) {
        String head = "version " + s.version() + " of a cable ";
        if (j.declassified() != null) {
            Declassified d = j.declassified();
            String how = d.basis() == Basis.REVIEW
                    ? "declassified on review on " + d.on() + " (version " + d.version() + ", "
                    + (d.partial() ? "in part: " + d.exempted() + " exempted" : "in full") + ")"
                    : "declassified on " + d.on() + ", the date a reviewer extended its classification to (version "
                    + d.version() + ")";
            return head + how + "; compare the versions";
        }
        ReviewItem e = j.extension();
        return head + "whose classification a reviewer extended to " + e.extendedTo() + " (version " + e.version()
                + ": " + e.reason() + "); compare the versions";
    }

    /**
     * Reads the E.O. line of every cable version the schedule has not seen. A new version is indexed by ingest at
     * its own markings, which is what it is read at until it is declassified itself: nothing to put in again.
     */
    private int schedule(Progress progress) {
        List<SqliteDeclassifications.Unscheduled> todo = state.unscheduled();
        for (int from = 0; from < todo.size(); from += PAGE) {
            progress.reading(from, todo.size());
            List<SqliteDeclassifications.Unscheduled> page = todo.subList(from, Math.min(todo.size(), from + PAGE));
            List<SqliteDeclassifications.Scheduled> out = page.parallelStream()
                    .map(u -> archive.store().current(u.cableId())
                            .map(v -> new SqliteDeclassifications.Scheduled(u.cableId(), v.info().seq(),
                                    v.info().version(), Schedule.of(v.parse())))
                            .orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            state.schedule(out);
        }
        if (!todo.isEmpty()) progress.reading(todo.size(), todo.size());
        return todo.size();
    }

    /** The review item of the cable's current version, if it has one (decided or not). */
    public Optional<ReviewItem> item(String id) {
        return state.review(id);
    }

    /** The review queue (pending and extended items; every item when {@code all}). */
    public List<ReviewItem> queue(boolean all) {
        return state.reviews(all);
    }

    /**
     * Carries out a reviewer's decision on a cable in the review queue (pending or extended), dated
     * {@code today}. Returns the declassification, if the decision declassified it.
     *
     * @throws IllegalArgumentException when the cable is not in the queue, a paragraph named does not exist in
     *                                  it, or an extension's date is not after today
     */
    public Optional<Declassified> decide(String id, ReviewDecision decision, LocalDate today) {
        return decide(id, null, decision, today);
    }

    /**
     * The same, for the version the reviewer judged: when {@code version} is given and is not the version under
     * review (a new version arrived since they read it), nothing is decided.
     *
     * @throws IllegalArgumentException as {@link #decide(String, ReviewDecision, LocalDate)}, and when
     *                                  {@code version} is not the version under review
     */
    public Optional<Declassified> decide(String id, Integer version, ReviewDecision decision, LocalDate today) {
        ReviewItem item = state.review(id).orElseThrow(() -> new IllegalArgumentException(id + " is not in the review queue"));
        if (item.state() == ReviewItem.State.DECLASSIFIED) {
            throw new IllegalArgumentException(id + " has already been declassified");
        }
        if (!item.open()) throw new IllegalArgumentException(id + " is not in the review queue");
        if (version != null && version != item.version()) {
            throw new IllegalArgumentException("version " + version + " of " + id + " is not the version under review ("
                    + item.version() + ")");
        }
        // the schedule is of the version under review, or the run has not read a newer one yet: then nothing
        SqliteDeclassifications.Scheduled s = state.scheduled(id).filter(x -> x.version() == item.version())
                .orElseThrow(() -> new IllegalArgumentException(id + " is not in the review queue"));
        return switch (decision) {
            case ReviewDecision.Declassify ignored -> {
                Declassified d = declassification(s, Basis.REVIEW, today, Set.of(), false);
                declassify(List.of(d));
                archive.commitIndex();
                yield Optional.of(d);
            }
            case ReviewDecision.Partial p -> {
                checkParagraphs(id, s.version(), p.paragraphs());
                Declassified d = declassification(s, Basis.REVIEW, today, p.paragraphs(), p.subject());
                declassify(List.of(d));
                archive.commitIndex();
                yield Optional.of(d);
            }
            case ReviewDecision.Extend e -> {
                if (!e.until().isAfter(today)) {
                    throw new IllegalArgumentException("an extension's date must be after " + today + ", not " + e.until());
                }
                state.extend(id, s.version(), e.until(), e.reason(), user, clock.instant());
                audit.append(event("declassify-extend", id, "version " + s.version() + ": classification extended to "
                        + e.until() + ": " + e.reason()));
                yield Optional.empty();
            }
        };
    }

    private void checkParagraphs(String id, int version, Set<Integer> numbers) {
        StoredVersion v;
        try {
            v = archive.cable(id, version);
        } catch (CableNotFoundException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        ParsedCable parsed = v.parse();
        Cable cable = parsed.cable();
        Set<Integer> present = new HashSet<>();
        if (cable != null && cable.telegram() != null) {
            for (Block.Paragraph p : cable.telegram().paragraphs()) if (p.number() != null) present.add(p.number());
        }
        Set<Integer> unknown = new TreeSet<>(numbers);
        unknown.removeAll(present);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(id + " has no paragraph " + unknown.iterator().next()
                    + " (its numbered paragraphs: " + new TreeSet<>(present) + ")");
        }
    }

    private Declassified declassification(SqliteDeclassifications.Scheduled s, Basis basis, LocalDate on,
                                          Set<Integer> exempt, boolean subjectExempt) {
        return new Declassified(s.cableId(), s.version(), on, s.schedule().authority(basis), basis,
                new TreeSet<>(exempt), subjectExempt, user, clock.instant());
    }

    /**
     * Declassifies a batch: appends one audit record per cable (together), records the declassifications (one
     * transaction) and puts the cables into the index under them (not committed). The records come first, as
     * for every action: a crash in between leaves records of declassifications that the next run carries out
     * (and records) again, never a declassification without its record.
     */
    private void declassify(List<Declassified> batch) {
        audit.appendAll(batch.stream().map(d -> event(d.basis() == Basis.REVIEW ? "declassify-review" : "declassify",
                d.cableId(), "version " + d.version() + ": " + d.banner())).toList());
        archive.declassify(batch);
    }

    private AuditEvent event(String action, String target, String reason) {
        return new AuditEvent(clock.instant(), user, action, target, true, reason);
    }
}
