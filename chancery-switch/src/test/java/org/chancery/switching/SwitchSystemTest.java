package org.chancery.switching;

import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.users.Grant;
import org.chancery.archive.users.UserStore;
import org.chancery.cable.model.Level;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.archive.index.SearchResult;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.delivery.DeliveryReport;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.network.Network;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.Release;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The switch end to end in one store folder: drafted at Prague, cleared, released, accepted by the switch,
 * delivered once to each addressee, the FLASH acknowledged by the duty officer, reports back at Prague, archived
 * and searchable, every step in an audit log that verifies.
 */
class SwitchSystemTest {

    @TempDir
    Path dir;

    @BeforeEach
    void profiles() throws Exception {
        Files.writeString(dir.resolve("posts.json"), """
                {"posts": [{"post": "RUEHC", "names": ["DEPT"], "dutyOfficers": ["watch-officer"],
                            "offices": [{"symbol": "EUR/CE", "tags": ["EZ"]}]}]}
                """, StandardCharsets.UTF_8);
    }

    /** The seed's addressing at SECRET: the Department, the collective less London, so Krakow is refused. */
    static DraftContent routine() {
        return Fixtures.with(Fixtures.seedLike(), "SECRET", List.of(Addressee.of("RUEHC")),
                List.of(Addressee.of("EUROPEAN POLITICAL COLLECTIVE")), List.of("AMEMBASSY LONDON"),
                List.of("pol-chief"), List.of(
                        "(SBU) The ministry's political director welcomed the continuing dialogue on the consultation.",
                        "(S) A deputy said the paper had been held back for more work before it is handed over."));
    }

    /** A FLASH to the Department alone. */
    static DraftContent flash() {
        DraftContent c = Fixtures.with(Fixtures.seedLike(), "CONFIDENTIAL", List.of(Addressee.of("RUEHC")), List.of(),
                List.of(), List.of("pol-chief"), List.of("(C) The minister asks for an answer before noon tomorrow."));
        return new DraftContent(c.originator(), c.drafter(), c.clearers(), c.classification(), "FLASH", c.to(),
                c.info(), c.exclude(), c.captions(), c.passing(), c.executiveOrder(), c.declassify(), c.tags(),
                "(C) MINISTER ASKS FOR AN URGENT ANSWER", c.references(), c.classifiedBy(), c.paragraphs(),
                c.signature());
    }

    /** The seed's day: the drafts' dates (declassification) are read against it. */
    static SwitchSystem open(Path dir) {
        return SwitchSystem.open(dir, Network.builtIn(),
                Switch.defaults(dir).withClock(new MutableClock("2009-10-02T14:44:00Z")));
    }

    static Release draftClearRelease(DraftWorkflow flow, DraftContent content) {
        Draft d = flow.create(content, "pol-officer");
        assertThat(d.errors()).isEmpty();
        assertThat(flow.submit(d.id(), "pol-officer").state()).isEqualTo(DraftState.SUBMITTED);
        assertThat(flow.clear(d.id(), "pol-chief", "ok").state()).isEqualTo(DraftState.CLEARED);
        return flow.release(d.id(), "dcm");
    }

    @Test
    void fromDraftAtPragueToInboxesReportsArchiveAndAudit() throws Exception {
        Release routine;
        Release flash;
        Set<String> recipients = new HashSet<>();
        try (SwitchSystem system = open(dir)) {
            assertThat(system.start()).isTrue();
            routine = draftClearRelease(system.workflow(), routine());
            flash = draftClearRelease(system.workflow(), flash());
            assertThat(system.awaitDelivery(Duration.ofSeconds(30))).isTrue();
            Switch sw = system.messages();

            // every recipient of every transmission has the cable in its inbox exactly once
            for (Release r : List.of(routine, flash)) {
                for (Transmission t : r.transmissions()) {
                    for (var a : t.addressees()) {
                        recipients.add(a.ri());
                        List<InboxEntry> copies = sw.inbox(a.ri()).stream()
                                .filter(e -> e.transmissionId().equals(t.transmissionId())).toList();
                        assertThat(copies).as(a.ri() + " " + t.transmissionId()).hasSize(1);
                    }
                }
            }
            assertThat(recipients).contains("RUEHC", "RUEHFR", "RUEHWR").doesNotContain("RUEHLO", "RUEHKW");
            assertThat(routine.reports()).extracting(n -> n.addressee()).containsExactly("RUEHKW");

            // the FLASH waits for the Department's duty officer
            InboxEntry flashCopy = sw.inbox("RUEHC").stream().filter(e -> e.cableId().equals(flash.cableId()))
                    .findFirst().orElseThrow();
            assertThat(flashCopy.precedence()).isEqualTo(Precedence.FLASH);
            assertThat(flashCopy.requiresAck()).isTrue();
            assertThat(system.ack("RUEHC", flash.cableId(), "desk-officer")).isEqualTo(AckOutcome.NOT_DUTY_OFFICER);
            assertThat(system.ack("RUEHC", flash.cableId(), "watch-officer")).isEqualTo(AckOutcome.ACKNOWLEDGED);

            // reports back at Prague: delivered to each recipient, acknowledged, Krakow not delivered, and why
            List<DeliveryReport> atPrague = system.reportsTo("RUEHPG", 1000);
            assertThat(system.reportsTo("AMEMBASSY PRAGUE", 1000)).isEqualTo(atPrague);
            Set<String> delivered = atPrague.stream().filter(r -> r.kind() == DeliveryReport.Kind.DELIVERED
                    && r.cableId().equals(routine.cableId())).map(DeliveryReport::addressee).collect(Collectors.toSet());
            assertThat(delivered).contains("RUEHC", "RUEHFR").doesNotContain("RUEHLO", "RUEHKW");
            assertThat(atPrague).filteredOn(r -> r.kind() == DeliveryReport.Kind.ACKNOWLEDGED)
                    .extracting(DeliveryReport::cableId, DeliveryReport::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(flash.cableId(), "watch-officer"));
            assertThat(atPrague).filteredOn(r -> r.kind() == DeliveryReport.Kind.NON_DELIVERY)
                    .singleElement().satisfies(r -> {
                        assertThat(r.addressee()).isEqualTo("RUEHKW");
                        assertThat(r.detail()).contains("CONFIDENTIAL", "SECRET");
                    });

            // archived and searchable
            SearchResult found = system.archive().index().search(SearchRequest.of("consultation"));
            assertThat(found.hits()).extracting(SearchResult.Hit::id).contains(routine.cableId());
            assertThat(system.archive().cable(flash.cableId())).isNotNull();
        }

        // a crash after the release and before the flags: handed over again on start, still delivered once
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("switch.db"));
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE numbering_release SET handed_off = 0, archived = 0")).isEqualTo(2);
        }
        try (SwitchSystem system = open(dir)) {
            system.start();
            assertThat(system.awaitDelivery(Duration.ofSeconds(30))).isTrue();
            for (String ri : recipients) {
                List<String> ids = system.messages().inbox(ri).stream().map(InboxEntry::transmissionId).toList();
                assertThat(ids).as(ri).doesNotHaveDuplicates();
            }
            assertThat(system.reportsTo("RUEHPG", 1000)).filteredOn(r -> r.kind() == DeliveryReport.Kind.NON_DELIVERY)
                    .hasSize(1);
            assertThat(system.workflow().resume()).isZero();

            // the audit log verifies and holds every step
            SqliteAuditLog log = (SqliteAuditLog) system.archive().audit();
            assertThat(log.verify().intact()).isTrue();
            List<AuditRecord> records = log.query(AuditQuery.ALL);
            List<String> steps = new ArrayList<>();
            for (AuditRecord r : records) if (r.allowed()) steps.add(r.action() + " " + r.user());
            assertThat(steps).containsSubsequence(
                    "draft-create pol-officer", "draft-submit pol-officer", "draft-clear pol-chief", "draft-release dcm",
                    "draft-create pol-officer", "draft-submit pol-officer", "draft-clear pol-chief", "draft-release dcm",
                    "ack watch-officer");
            assertThat(records).filteredOn(r -> r.action().equals("ack") && !r.allowed())
                    .extracting(AuditRecord::user).containsExactly("desk-officer");
            assertThat(records).filteredOn(r -> r.action().equals("draft-release"))
                    .extracting(AuditRecord::target).anySatisfy(t -> assertThat(t).contains(routine.cableId()));
        }
    }

    @Test
    void onlyOneProcessForwardsFromAStoreFolder() {
        try (SwitchSystem a = SwitchSystem.open(dir, Network.builtIn(), Switch.defaults(dir));
             Switch b = Switch.open(dir)) {
            assertThat(a.start()).isTrue();
            assertThat(b.tryStart()).isFalse();
        }
    }

    /**
     * The workflow reads its users from the store at every step: over the archive and users a server has open,
     * a role granted through those users and a clearance raised through another connection to the store (as
     * {@code chancery users grant} does from another process) both count at the next step, without reopening.
     */
    @Test
    void aGrantCountsAtTheNextStepWithoutReopening() {
        try (org.chancery.archive.Archive archive = org.chancery.archive.Archive.open(dir);
             UserStore users = UserStore.open(dir, archive.audit());
             UserStore otherProcess = UserStore.open(dir, archive.audit())) {
            users.add("local-admin", "jnovak", "J. Novak", Level.SECRET, List.of(
                    Grant.of(Grant.Kind.ROLE, "drafter"), Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE")));
            users.add("local-admin", "kdvorak", "K. Dvorak", Level.SECRET, List.of(
                    Grant.of(Grant.Kind.ROLE, "clearer"), Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE")));
            users.add("local-admin", "pvolny", "P. Volny", Level.CONFIDENTIAL, List.of(
                    Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE")));
            try (SwitchSystem system = SwitchSystem.open(dir, archive, users, Network.builtIn(),
                    Switch.defaults(dir).withClock(new MutableClock("2009-10-02T14:44:00Z")))) {
                DraftWorkflow flow = system.workflow();
                DraftContent c = Fixtures.with(routine(), "SECRET", routine().to(), routine().info(),
                        routine().exclude(), List.of("kdvorak"), routine().paragraphs());
                Draft d = flow.create(c.withDrafter("jnovak"), "jnovak");
                flow.submit(d.id(), "jnovak");
                flow.clear(d.id(), "kdvorak", null);
                assertThatThrownBy(() -> flow.release(d.id(), "pvolny")).isInstanceOf(WorkflowException.class)
                        .hasMessageContaining("does not hold the releasing officer role");
                assertThat(system.workflow().participant(system.user("pvolny").orElseThrow(), d)).isFalse();

                users.grant("local-admin", "pvolny", Grant.of(Grant.Kind.ROLE, "releasing_officer"));
                assertThat(system.workflow().participant(system.user("pvolny").orElseThrow(), d)).isTrue();
                assertThatThrownBy(() -> flow.release(d.id(), "pvolny")).isInstanceOf(WorkflowException.class)
                        .hasMessageContaining("cleared to CONFIDENTIAL and the cable is SECRET");

                otherProcess.setClearance("local-admin", "pvolny", Level.SECRET);
                Release r = flow.release(d.id(), "pvolny");
                assertThat(r.releasedBy()).isEqualTo("pvolny");
                assertThat(flow.draft(d.id()).orElseThrow().state()).isEqualTo(DraftState.RELEASED);
            }
            // the system used the caller's users and archive and left them open
            assertThat(users.find("pvolny")).isPresent();
            assertThat(archive.store().cableCount()).isEqualTo(1);
        }
    }

    /** Who may open an inbox, and who takes part in a draft: the rules the server's pages and API share. */
    @Test
    void inboxesAreTheirMembersAndDraftsTheirParticipants() {
        try (SwitchSystem system = open(dir)) {
            org.chancery.security.Principal prague = system.user("pol-officer").orElseThrow();
            org.chancery.security.Principal state = system.user("desk-officer").orElseThrow();
            assertThat(system.inboxOf(prague, "PRAGUE")).hasValueSatisfying(s -> assertThat(s.ri()).isEqualTo("RUEHPG"));
            assertThat(system.inboxOf(prague, "ruehpg")).isPresent();
            assertThat(system.inboxOf(prague, "AMEMBASSY PRAGUE")).isPresent();
            // another post's, and one that does not exist, are the same: none
            assertThat(system.inboxOf(prague, "RUEHC")).isEmpty();
            assertThat(system.inboxOf(prague, "NOWHERE")).isEmpty();
            assertThat(system.network().posts(state)).extracting(s -> s.ri()).containsExactly("RUEHC");

            Draft d = system.workflow().create(routine(), "pol-officer");
            assertThat(List.of("pol-officer", "pol-chief", "dcm", "charge", "desk-officer", "ops-center"))
                    .filteredOn(u -> system.workflow().participant(system.user(u).orElseThrow(), d))
                    // the drafter, the required clearer, and Prague's releasing officers; not the Department's
                    .containsExactly("pol-officer", "pol-chief", "dcm", "charge");
            assertThat(system.workflow().drafts(prague)).extracting(Draft::id).containsExactly(d.id());
            assertThat(system.workflow().drafts(state)).isEmpty();
        }
    }

    /** Once the store of record has users, they are the acting users; the network file's are no longer known. */
    @Test
    void theStoresUsersActOnceThereAreAny() {
        try (SwitchSystem system = open(dir);
             UserStore users = UserStore.open(dir, system.archive().audit())) {
            users.add("local-admin", "jnovak", "J. Novak", Level.SECRET, List.of(
                    Grant.of(Grant.Kind.ROLE, "drafter"), Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE")));
            Draft d = system.workflow().create(routine().withDrafter("jnovak"), "jnovak");
            assertThat(d.content().drafter()).isEqualTo("jnovak");
            assertThatThrownBy(() -> system.workflow().create(routine(), "pol-officer"))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("unknown user pol-officer");
        }
    }
}
