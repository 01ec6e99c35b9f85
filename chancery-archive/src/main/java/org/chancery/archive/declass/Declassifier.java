package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.store.StoredVersion;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    private final Archive archive;
    private final SqliteDeclassifications state;
    private final String user;
    private final Clock clock;

    /** A declassifier acting as {@code user} (recorded in the audit log and on each declassification). */
    public Declassifier(Archive archive, String user) {
        this(archive, user, Clock.systemUTC());
    }

    public Declassifier(Archive archive, String user, Clock clock) {
        this.archive = archive;
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
        int scheduled = schedule();

        List<Declassified> declassified = new ArrayList<>();
        for (SqliteDeclassifications.Scheduled s : state.due(asOf)) {
            Basis basis = s.schedule().rule() == Rule.ON_DATE ? Basis.ON_DATE : Basis.TWENTY_FIVE_YEARS;
            declassified.add(declassify(s, basis, s.schedule().dueOn(), Set.of(), false));
        }
        for (SqliteDeclassifications.Scheduled s : state.extendedDue(asOf)) {
            LocalDate until = state.review(s.cableId()).orElseThrow().extendedTo();
            declassified.add(declassify(s, Basis.EXTENDED_DATE, until, Set.of(), false));
        }
        declassified.sort(java.util.Comparator.comparing(Declassified::cableId));

        List<ReviewItem> queued = new ArrayList<>();
        for (SqliteDeclassifications.Scheduled s : state.toReview(asOf)) {
            String note = state.judgementBefore(s.cableId(), s.version()).map(j -> note(s, j)).orElse(null);
            queued.add(new ReviewItem(s.cableId(), s.version(), s.schedule().rule(), s.schedule().instruction(), asOf,
                    s.schedule().twentyFive(), ReviewItem.State.PENDING, null, null, null, note));
        }
        state.queue(queued);
        for (ReviewItem q : queued) {
            audit("declassify-queue", q.cableId(), "version " + q.version() + ", " + q.rule() + ": "
                    + q.instruction() + (q.note() == null ? "" : "; " + q.note()));
        }

        Set<String> refresh = new LinkedHashSet<>();
        for (Declassified d : declassified) refresh.add(d.cableId());
        archive.refreshIndex(refresh);
        return new DeclassificationSummary(asOf, scheduled, declassified, queued, state.pending());
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
    private int schedule() {
        List<SqliteDeclassifications.Unscheduled> todo = state.unscheduled();
        for (int from = 0; from < todo.size(); from += PAGE) {
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
                Declassified d = declassify(s, Basis.REVIEW, today, Set.of(), false);
                archive.refreshIndex(List.of(id));
                yield Optional.of(d);
            }
            case ReviewDecision.Partial p -> {
                checkParagraphs(id, s.version(), p.paragraphs());
                Declassified d = declassify(s, Basis.REVIEW, today, p.paragraphs(), p.subject());
                archive.refreshIndex(List.of(id));
                yield Optional.of(d);
            }
            case ReviewDecision.Extend e -> {
                if (!e.until().isAfter(today)) {
                    throw new IllegalArgumentException("an extension's date must be after " + today + ", not " + e.until());
                }
                state.extend(id, s.version(), e.until(), e.reason(), user, clock.instant());
                audit("declassify-extend", id, "version " + s.version() + ": classification extended to " + e.until()
                        + ": " + e.reason());
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

    private Declassified declassify(SqliteDeclassifications.Scheduled s, Basis basis, LocalDate on,
                                    Set<Integer> exempt, boolean subjectExempt) {
        Instant now = clock.instant();
        Declassified d = new Declassified(s.cableId(), s.version(), on, s.schedule().authority(basis), basis,
                new TreeSet<>(exempt), subjectExempt, user, now);
        state.record(d);
        audit(basis == Basis.REVIEW ? "declassify-review" : "declassify", s.cableId(),
                "version " + d.version() + ": " + d.banner());
        return d;
    }

    private void audit(String action, String target, String reason) {
        archive.audit().append(new AuditEvent(clock.instant(), user, action, target, true, reason));
    }
}
