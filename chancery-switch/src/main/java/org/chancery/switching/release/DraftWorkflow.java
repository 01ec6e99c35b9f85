package org.chancery.switching.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;
import org.chancery.cable.lint.Linter;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.switching.Transmission;
import org.chancery.switching.draft.AddressLine;
import org.chancery.switching.draft.Addressing;
import org.chancery.switching.draft.AuditEvent;
import org.chancery.switching.draft.AuditSink;
import org.chancery.switching.draft.Clearance;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftCable;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkUser;
import org.chancery.switching.network.Station;
import org.chancery.switching.routing.Leg;
import org.chancery.switching.routing.NonDeliveryReport;
import org.chancery.switching.routing.Recipient;
import org.chancery.switching.routing.RoutePlan;
import org.chancery.switching.routing.Undeliverable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The drafting workflow, enforced: DRAFT → SUBMITTED → cleared by every required clearer (or returned with a
 * comment) → RELEASED by a releasing officer cleared at least to the cable's classification who is not the
 * drafter (unless the originating post allows self-release). Lint runs on every save; lint errors block submit
 * and release. Release assigns the numbers, writes the text and plans the transmissions in one SQLite transaction,
 * then hands the transmissions to the queues and the cable to the archive. Every step, allowed or refused, goes to
 * the audit sink; an allowed step's store writes and its audit record are made in one transaction of the store (the
 * record appended just before the commit), so that a step costs one commit of {@code switch.db} and one append to
 * the audit log, and no step is ever done without its record.
 */
public final class DraftWorkflow {

    private final SwitchStore store;
    private final Network network;
    private final Clock clock;
    private final AuditSink audit;
    private final ArchiveSink archive;
    private final ReleaseListener listener;
    /** Who the acting users are: the store's principals, or the network file's users. */
    private final Function<String, Optional<Principal>> users;

    /** A workflow whose users are the network file's. */
    public DraftWorkflow(SwitchStore store, Network network, Clock clock, AuditSink audit, ArchiveSink archive,
                         ReleaseListener listener) {
        this(store, network, clock, audit, archive, listener, id -> network.user(id).map(NetworkUser::principal));
    }

    /** A workflow whose users are looked up by {@code users} (the store of record's, in {@code SwitchSystem}). */
    public DraftWorkflow(SwitchStore store, Network network, Clock clock, AuditSink audit, ArchiveSink archive,
                         ReleaseListener listener, Function<String, Optional<Principal>> users) {
        this.users = users;
        this.store = store;
        this.network = network;
        this.clock = clock;
        this.audit = audit;
        this.archive = archive;
        this.listener = listener;
    }

    /**
     * A workflow auditing in memory, archiving nowhere and handing transmissions to nobody (releases wait in the
     * store for the {@link #resume()} of a wired workflow): for tests and tools. {@code SwitchSystem} wires the
     * real one.
     */
    public static DraftWorkflow of(SwitchStore store, Network network, Clock clock) {
        return new DraftWorkflow(store, network, clock, new org.chancery.switching.draft.InMemoryAuditSink(),
                ArchiveSink.NONE, ReleaseListener.NONE);
    }

    public Network network() {
        return network;
    }

    public Optional<Draft> draft(long id) {
        return store.draft(id);
    }

    // --- the steps --------------------------------------------------------------------------------------------

    /** Saves a new draft; the acting user is the drafter (a drafter named in the content must be that user). */
    public Draft create(DraftContent content, String actor) {
        return step("create", actor, "new draft", () -> {
            Principal p = user(actor);
            require(p.hasRole(Role.DRAFTER), actor + " does not hold the drafter role");
            if (content.drafter() != null && !content.drafter().equals(actor)) {
                throw new WorkflowException("the draft names " + content.drafter() + " as drafter but " + actor
                        + " is saving it: a drafter saves their own drafts");
            }
            DraftContent c = content.withDrafter(actor);
            requireMember(p, c.originator(), "draft for");
            long id = store.insertDraft(c, lint(c), now());
            return new Outcome<>(load(id), "draft " + id);
        });
    }

    /** Replaces a draft's content, as a new revision; only the drafter, only in DRAFT state. */
    public Draft edit(long id, DraftContent content, String actor) {
        return step("edit", actor, "draft " + id, () -> {
            Draft d = load(id);
            require(d.state() == DraftState.DRAFT, "draft " + id + " is " + d.state() + ": only a draft in DRAFT"
                    + " state can be edited" + (d.state() == DraftState.RELEASED ? "" : " (a clearer or the"
                    + " releasing officer can return it to the drafter)"));
            require(d.content().drafter().equals(actor), "draft " + id + " belongs to " + d.content().drafter()
                    + ": only its drafter edits it");
            if (content.drafter() != null && !content.drafter().equals(actor)) {
                throw new WorkflowException("the drafter of a draft cannot be changed (" + content.drafter() + ")");
            }
            DraftContent c = content.withDrafter(actor);
            requireMember(user(actor), c.originator(), "draft for");
            store.updateDraft(id, c, lint(c), now());
            return new Outcome<>(load(id), "revision " + (d.revision() + 1));
        });
    }

    /** Lints a draft again (the network may have changed) and saves the findings. */
    public List<Diagnostic> lint(long id) {
        Draft d = load(id);
        List<Diagnostic> findings = lint(d.content());
        if (d.state() != DraftState.RELEASED) store.setFindings(id, findings);
        return findings;
    }

    /** Submits a draft for clearance; without required clearers it is cleared at once. */
    public Draft submit(long id, String actor) {
        return step("submit", actor, "draft " + id, () -> {
            Draft d = load(id);
            require(d.state() == DraftState.DRAFT, "draft " + id + " is " + d.state() + ": only a draft in DRAFT"
                    + " state can be submitted");
            require(d.content().drafter().equals(actor), "draft " + id + " belongs to " + d.content().drafter()
                    + ": only its drafter submits it");
            List<Diagnostic> findings = lint(d.content());
            store.setFindings(id, findings);
            requireNoErrors(findings, "submitted");
            for (String c : d.content().clearers()) {
                Optional<Principal> u = users.apply(c);
                require(u.isPresent(), "required clearer " + c + " is not a known user");
                require(u.get().hasRole(Role.CLEARER), "required clearer " + c
                        + " does not hold the clearer role");
                require(!c.equals(d.content().drafter()), "the drafter " + c + " cannot be a required clearer of"
                        + " their own draft");
            }
            DraftState next = d.content().clearers().isEmpty() ? DraftState.CLEARED : DraftState.SUBMITTED;
            store.setState(id, next, now());
            return new Outcome<>(load(id), next == DraftState.CLEARED ? "no clearers required: cleared"
                    : "awaiting " + String.join(", ", d.content().clearers()));
        });
    }

    /** A required clearer clears the current revision; when the last one does, the draft is CLEARED. */
    public Draft clear(long id, String actor, String comment) {
        return step("clear", actor, "draft " + id, () -> {
            Draft d = load(id);
            requireClearer(d, actor);
            require(d.awaitingClearance().contains(actor), actor + " has already cleared revision " + d.revision()
                    + " of draft " + id);
            store.addClearance(id, new Clearance(actor, d.revision(), true, comment, now()));
            Draft after = load(id);
            if (after.awaitingClearance().isEmpty()) {
                store.setState(id, DraftState.CLEARED, now());
                after = load(id);
            }
            return new Outcome<>(after, after.state() == DraftState.CLEARED ? "cleared by all"
                    : "awaiting " + String.join(", ", after.awaitingClearance()));
        });
    }

    /**
     * Returns a draft to its drafter with a comment: a required clearer while it awaits clearance, a releasing
     * officer of the post once it is cleared. Its clearances no longer count (the next revision needs new ones).
     */
    public Draft returnToDrafter(long id, String actor, String comment) {
        return step("return", actor, "draft " + id, () -> {
            require(comment != null && !comment.isBlank(), "say why the draft is returned (a comment is required)");
            Draft d = load(id);
            if (d.state() == DraftState.CLEARED) {
                Principal p = user(actor);
                require(p.hasRole(Role.RELEASING_OFFICER) || d.content().clearers().contains(actor), actor
                        + " is neither a required clearer nor a releasing officer");
            } else {
                requireClearer(d, actor);
            }
            store.addClearance(id, new Clearance(actor, d.revision(), false, comment, now()));
            store.setState(id, DraftState.DRAFT, now());
            return new Outcome<>(load(id), comment);
        });
    }

    /** Releases a cleared draft: numbers, text, routing, archive, queues. */
    public Release release(long id, String actor) {
        Release r = step("release", actor, "draft " + id, () -> {
            Draft d = load(id);
            require(d.state() != DraftState.RELEASED, "draft " + id + " was already released as " + d.cableId());
            require(d.state() != DraftState.DRAFT, "draft " + id + " has not been submitted");
            require(d.state() == DraftState.CLEARED, "draft " + id + " awaits clearance by "
                    + String.join(", ", d.awaitingClearance()));
            Optional<String> refusal = releaseRefusal(user(actor), d);
            if (refusal.isPresent()) throw new WorkflowException(refusal.get());
            Release done = commitRelease(d, actor);
            return new Outcome<>(done, done.cableId() + " MRN " + done.mrn() + ", " + done.transmissions().size()
                    + " transmission(s), " + done.reports().size() + " non-delivery report(s)");
        });
        handOff(r);
        return r;
    }

    /**
     * Why the principal may not release the draft, whatever its state: not a releasing officer, not of the
     * originating post, not cleared to the cable's level, or its own drafter where the post does not allow
     * self-release. Empty when they may. {@link #release} refuses with this reason; callers ask it to tell a
     * draft's releasing officer from a stranger.
     */
    public Optional<String> releaseRefusal(Principal p, Draft d) {
        String id = p.id();
        if (!p.hasRole(Role.RELEASING_OFFICER)) return Optional.of(id + " does not hold the releasing officer role");
        Optional<Station> origin = network.station(d.content().originator());
        if (origin.isEmpty()) return Optional.of("originator " + d.content().originator() + " is not in the network");
        // a station that originates nothing has no post word: lint reports it, and it is never cleared
        if (origin.get().postWord() != null && !origin.get().hasMember(p)) {
            return Optional.of(notMember(p, origin.get(), "release for"));
        }
        Level level = org.chancery.switching.network.LevelWords.parse(d.content().classification());
        if (level == null) return Optional.of("the draft has no valid classification");
        if (!p.clearance().dominates(level)) {
            return Optional.of(id + " is cleared to " + p.clearance().word() + " and the cable is " + level.word()
                    + ": a releasing officer must hold a clearance at least the cable's classification");
        }
        if (id.equals(d.content().drafter()) && !origin.get().selfRelease()) {
            return Optional.of(id + " drafted draft " + d.id() + " and " + origin.get().plad() + " does not allow"
                    + " self-release: another releasing officer must release it");
        }
        return Optional.empty();
    }

    /**
     * Who takes part in a draft, and so may see it: its drafter, its required clearers, and the releasing officers
     * of its originating post. A draft is not yet a cable in the archive; these are the people the workflow
     * involves. The server's pages and API both ask here, so they never disagree.
     */
    public boolean participant(Principal p, Draft d) {
        if (p.id().equals(d.content().drafter()) || d.content().clearers().contains(p.id())) return true;
        if (!p.hasRole(Role.RELEASING_OFFICER) || d.content().originator() == null) return false;
        return network.post(d.content().originator()).map(s -> s.hasMember(p)).orElse(false);
    }

    /** The drafts the principal takes part in ({@link #participant}), newest first. */
    public List<Draft> drafts(Principal p) {
        List<Draft> out = new ArrayList<>();
        for (long id : store.draftIds()) store.draft(id).filter(d -> participant(p, d)).ifPresent(out::add);
        return out;
    }

    /**
     * Releases a prepared draft file in one step, for scripts: saved and submitted as its drafter (named in the
     * file), then released by the acting user under the same rules. A draft that names required clearers cannot
     * be sent this way (it stays submitted, awaiting them).
     */
    public Release send(DraftContent content, String actor) {
        String drafter = content.drafter() != null ? content.drafter() : actor;
        Draft d = create(content.withDrafter(drafter), drafter);
        d = submit(d.id(), drafter);
        if (d.state() != DraftState.CLEARED) {
            throw new WorkflowException("draft " + d.id() + " awaits clearance by " + String.join(", ",
                    d.awaitingClearance()) + ": clear it with 'draft clear', then 'draft release'");
        }
        return release(d.id(), actor);
    }

    /**
     * Hands releases whose archiving or hand-off to the queues did not complete (a crash, an archive that was
     * down) to the archive and the queues again. Returns how many were handed.
     */
    public int resume() {
        List<Release> pending = new ArrayList<>();
        store.inTransaction("find unfinished releases", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cable_id FROM numbering_release"
                    + " WHERE archived = 0 OR handed_off = 0 ORDER BY post, year, mrn");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) pending.add(loadRelease(c, rs.getString(1)));
            }
            return null;
        });
        for (Release r : pending) handOff(r);
        return pending.size();
    }

    /** A released cable by id, with its transmissions and reports. */
    public Optional<Release> released(String cableId) {
        return store.inTransaction("read release " + cableId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM numbering_release WHERE cable_id = ?")) {
                ps.setString(1, cableId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(loadRelease(c, cableId)) : Optional.<Release>empty();
                }
            }
        });
    }

    // --- release, in one transaction -----------------------------------------------------------------------------

    private Release commitRelease(Draft d, String actor) {
        // The DTG has minute precision; filing time is the same minute (ACP 127: filing time >= DTG).
        ZonedDateTime time = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        DraftLint.Result pre = DraftLint.lint(d.content(), network, time);
        requireNoErrors(pre.findings(), "released");
        Addressing a = pre.addressing();
        RoutePlan plan = pre.plan();
        if (plan.legs().isEmpty()) {
            throw new WorkflowException("no addressee may receive this cable: " + String.join("; ",
                    plan.undeliverable().stream().map(Undeliverable::reason).toList()));
        }
        String post = a.origin().postWord();
        return store.inTransaction("release draft " + d.id(), c -> {
            checkStillCleared(c, d);
            int mrn = Numbering.nextMrn(c, post, time.getYear());
            Map<String, Integer> mcns = new LinkedHashMap<>();
            for (AddressLine l : a.all()) {
                if (!l.isCollective() && l.station().mcn() && !mcns.containsKey(l.ri())) {
                    mcns.put(l.ri(), Numbering.nextMcn(c, a.origin().ri(), l.ri()));
                }
            }
            DraftCable.Numbers base = new DraftCable.Numbers(mrn, time, mcns, null, null);
            String cableId = DraftCable.cableId(a, base);
            Instant at = time.toInstant();
            int sections = CanonicalWriter.writeSections(DraftCable.cable(d.content(), a,
                    base.with(DraftLint.PROVISIONAL, DraftLint.recordRouting(a, plan)))).size();

            List<Transmission> transmissions = new ArrayList<>();
            for (Leg leg : plan.legs()) {
                List<Numbering.ChannelNumber> ids = new ArrayList<>();
                for (int s = 0; s < sections; s++) ids.add(Numbering.nextChannel(c, network, a.origin().ri(), leg.nextHop()));
                Envelope.RoutingLine fl2 = new Envelope.RoutingLine(leg.action(), leg.info(), leg.indicators());
                List<String> texts = CanonicalWriter.writeSections(DraftCable.cable(d.content(), a,
                        base.with(transmissionId(ids.get(0)), fl2)));
                List<org.chancery.cable.model.Address> addressees = leg.recipients().stream()
                        .map(r -> r.address(mcnOf(mcns, r))).toList();
                for (int s = 0; s < sections; s++) {
                    String text = s == 0 ? texts.get(0) : withFl1(texts.get(s), transmissionId(ids.get(s)));
                    transmissions.add(new Transmission(ids.get(s).id(), cableId, s + 1, leg.precedence(),
                            a.classification(), leg.nextHop(), addressees, text, at));
                }
            }
            // The record copy: the first transmission's FL1, an FL2 naming every recipient.
            String text = CanonicalWriter.write(DraftCable.cable(d.content(), a,
                    base.with(transmissionId(transmissions.get(0)), DraftLint.recordRouting(a, plan))));
            List<Diagnostic> findings = Linter.lintDraft(Cables.read(text, cableId));
            requireNoErrors(findings, "released");

            List<NonDeliveryReport> reports = plan.undeliverable().stream().map(u -> new NonDeliveryReport(cableId,
                    a.origin().ri(), u.station().ri(), u.station().plad(), u.via(), u.reason(), at)).toList();
            Map<String, String> mcnText = new LinkedHashMap<>();
            mcns.forEach((ri, n) -> mcnText.put(ri, String.format(Locale.ROOT, "%04d", n)));
            Release r = new Release(cableId, d.id(), post, mrn, at, a.classification(), actor, mcnText, text,
                    transmissions, reports);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO numbering_release (cable_id, draft_id, post,"
                    + " year, mrn, dtg, classification, released_by, text, transmissions, reports)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                SwitchStore.bind(ps, cableId, d.id(), post, time.getYear(), mrn, at.toString(),
                        a.classification().name(), actor, text, ReleaseJson.transmissions(transmissions),
                        ReleaseJson.reports(reports));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE draft_cable SET state = ?, cable_id = ?,"
                    + " findings = ?, updated_at = ? WHERE id = ?")) {
                SwitchStore.bind(ps, DraftState.RELEASED.name(), cableId, SwitchStore.json(findings),
                        clock.instant().toString(), d.id());
                ps.executeUpdate();
            }
            return r;
        });
    }

    private static String mcnOf(Map<String, Integer> mcns, Recipient r) {
        Integer n = r.via() == null ? mcns.get(r.station().ri()) : null;
        return n == null ? null : String.format(Locale.ROOT, "%04d", n);
    }

    /** Another process may have released or returned the draft since it was read: the row decides. */
    private static void checkStillCleared(Connection c, Draft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state, revision FROM draft_cable WHERE id = ?")) {
            ps.setLong(1, d.id());
            try (ResultSet rs = ps.executeQuery()) {
                String state = rs.next() ? rs.getString(1) : "gone";
                if (!DraftState.CLEARED.name().equals(state) || rs.getInt(2) != d.revision()) {
                    throw new WorkflowException("draft " + d.id() + " changed while being released (now " + state
                            + "): try again");
                }
            }
        }
    }

    private static Envelope.TransmissionId transmissionId(Numbering.ChannelNumber n) {
        String id = n.id();
        return new Envelope.TransmissionId(id.substring(0, 3), id.substring(3));
    }

    private static Envelope.TransmissionId transmissionId(Transmission t) {
        return new Envelope.TransmissionId(t.transmissionId().substring(0, 3), t.transmissionId().substring(3));
    }

    /** A section's text with its own FL1 (the writer gives every section the envelope's). */
    private static String withFl1(String text, Envelope.TransmissionId id) {
        int nl = text.indexOf('\n');
        return id.text() + text.substring(nl);
    }

    private Release loadRelease(Connection c, String cableId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT draft_id, post, mrn, dtg, classification,"
                + " released_by, text, transmissions, reports FROM numbering_release WHERE cable_id = ?")) {
            ps.setString(1, cableId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<Transmission> ts = ReleaseJson.transmissions(rs.getString(8));
                Map<String, String> mcns = new LinkedHashMap<>();
                for (Transmission t : ts) {
                    for (var a : t.addressees()) if (a.mcn() != null) mcns.put(a.ri(), a.mcn());
                }
                return new Release(cableId, rs.getLong(1), rs.getString(2), rs.getInt(3),
                        Instant.parse(rs.getString(4)), Level.valueOf(rs.getString(5)), rs.getString(6), mcns,
                        rs.getString(7), ts, ReleaseJson.reports(rs.getString(9)));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("release " + cableId + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * After the commit: queues first (delivery is what is urgent: a FLASH must not wait for the index), then the
     * archive; the flags of what was done are then set in one commit, so a restart redoes only what is left (the
     * queues and the archive both take the same release twice without harm). With no queues (or no archive)
     * wired, the release waits in the store for the {@link #resume()} of a workflow that has them.
     */
    private void handOff(Release r) {
        boolean handedOff = false;
        boolean archived = false;
        if (listener != ReleaseListener.NONE) {
            try {
                listener.released(r);
                handedOff = true;
            } catch (Exception e) {
                audit("hand-off", "switch", r.cableId(), AuditEvent.REFUSED, "hand-off to the queues failed,"
                        + " will retry: " + e);
            }
        }
        if (archive != ArchiveSink.NONE) {
            try {
                archive.archive(r.cableId(), r.text());
                archived = true;
            } catch (Exception e) {
                audit("archive", "switch", r.cableId(), AuditEvent.REFUSED, "archiving failed, will retry: " + e);
            }
        }
        if (!handedOff && !archived) return;
        String set = handedOff && archived ? "handed_off = 1, archived = 1" : handedOff ? "handed_off = 1"
                : "archived = 1";
        store.inTransaction("mark " + r.cableId() + " done", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE numbering_release SET " + set
                    + " WHERE cable_id = ?")) {
                ps.setString(1, r.cableId());
                return ps.executeUpdate();
            }
        });
    }

    // --- checks and audit ---------------------------------------------------------------------------------------

    private record Outcome<T>(T value, String detail) {
    }

    private interface Step<T> {
        Outcome<T> run();
    }

    /**
     * Runs a step in one transaction of the store and audits it: ok with its detail, appended inside the
     * transaction just before it commits (an audit log that cannot record makes the step fail and roll back); or,
     * rolled back, refused with the reason (and rethrown). A crash between the append and the commit leaves a
     * record of a step that did not happen, never a step without its record.
     */
    private <T> T step(String action, String actor, String subject, Step<T> step) {
        try {
            return store.inTransaction(action + " " + subject, c -> {
                Outcome<T> o = step.run();
                String subj = o.value() instanceof Draft d ? "draft " + d.id() : o.value() instanceof Release r
                        ? "draft " + r.draftId() + " " + r.cableId() : subject;
                audit(action, actor, subj, AuditEvent.OK, o.detail());
                return o.value();
            });
        } catch (WorkflowException e) {
            audit(action, actor, subject, AuditEvent.REFUSED, e.getMessage());
            throw e;
        }
    }

    private void audit(String action, String actor, String subject, String outcome, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor == null ? "?" : actor, action, subject, outcome, detail));
    }

    private List<Diagnostic> lint(DraftContent c) {
        ZonedDateTime time = ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        return DraftLint.lint(c, network, time).findings();
    }

    private Draft load(long id) {
        return store.draft(id).orElseThrow(() -> new WorkflowException("no draft " + id));
    }

    private Principal user(String id) {
        if (id == null || id.isBlank()) throw new WorkflowException("no acting user: give --as USER");
        return users.apply(id).orElseThrow(() -> new WorkflowException("unknown user " + id));
    }

    /** The user belongs to the post the draft is for (memberships are post words: PRAGUE, STATE). */
    private void requireMember(Principal p, String originator, String what) {
        if (originator == null) return; // lint reports the missing originator
        Optional<Station> s = network.station(originator);
        if (s.isEmpty() || s.get().postWord() == null) return; // lint reports it
        require(s.get().hasMember(p), notMember(p, s.get(), what));
    }

    private static String notMember(Principal p, Station s, String what) {
        return p.id() + " is not a member of " + s.plad() + " and cannot " + what + " it";
    }

    private void requireClearer(Draft d, String actor) {
        require(d.state() == DraftState.SUBMITTED, "draft " + d.id() + " is " + d.state() + ": only a submitted"
                + " draft is cleared or returned by its clearers");
        require(d.content().clearers().contains(actor), actor + " is not a required clearer of draft " + d.id()
                + " (required: " + String.join(", ", d.content().clearers()) + ")");
        require(user(actor).hasRole(Role.CLEARER), actor + " does not hold the clearer role");
    }

    private static void requireNoErrors(List<Diagnostic> findings, String what) {
        List<Diagnostic> errors = findings.stream().filter(x -> x.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new WorkflowException("lint errors block it from being " + what + ": " + String.join("; ",
                    errors.stream().limit(5).map(Diagnostic::toString).toList())
                    + (errors.size() > 5 ? " (and " + (errors.size() - 5) + " more)" : ""));
        }
    }

    private static void require(boolean ok, String reason) {
        if (!ok) throw new WorkflowException(reason);
    }

    private Instant now() {
        return clock.instant();
    }
}
