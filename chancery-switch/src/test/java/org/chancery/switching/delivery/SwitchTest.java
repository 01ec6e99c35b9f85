package org.chancery.switching.delivery;

import org.chancery.cable.model.Precedence;
import org.chancery.switching.MutableClock;
import org.chancery.switching.Transmission;
import org.chancery.switching.queue.Breach;
import org.chancery.switching.queue.QueueStatus;
import org.chancery.switching.queue.QueueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.switching.delivery.Fixtures.T0;

class SwitchTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(5));
    private final List<SwitchEvent> events = Collections.synchronizedList(new ArrayList<>());
    private Switch sw;

    private Switch open(SwitchConfig config) {
        sw = Switch.open(dir, config.withClock(clock));
        sw.addListener(events::add);
        return sw;
    }

    private Switch open() {
        return open(SwitchConfig.defaults());
    }

    @AfterEach
    void close() {
        if (sw != null) sw.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("never happened: " + what);
            Thread.sleep(5);
        }
    }

    private <T extends SwitchEvent> List<T> eventsOf(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private void awaitDelivered(int copies) throws InterruptedException {
        await(copies + " copies delivered", () -> eventsOf(SwitchEvent.Delivered.class).size() >= copies);
    }

    @Test
    void anAcceptedMessageIsFiledInEachAddresseesInboxWithReports() throws Exception {
        open().start();
        Transmission t = Fixtures.to("A1", "RUEHC", Precedence.ROUTINE, Fixtures.department(null),
                Fixtures.brussels());
        assertThat(sw.accept(t)).isTrue();
        awaitDelivered(2);

        List<InboxEntry> dept = sw.inbox("RUEHC");
        assertThat(dept).singleElement().satisfies(e -> {
            assertThat(e.transmissionId()).isEqualTo("A1");
            assertThat(e.role()).isEqualTo(Role.ACTION);
            assertThat(e.subject()).isEqualTo("FICTIONAL TEST MESSAGE A1");
            assertThat(e.originator()).isEqualTo("AMEMBASSY PRAGUE");
            assertThat(e.requiresAck()).isFalse();
            assertThat(e.distribution()).containsExactly(PostProfile.REGISTRY);
        });
        // By plain language address too, any case.
        assertThat(sw.inbox("amembassy brussels")).singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo(Role.INFO));
        assertThat(sw.reports("09PRAGUEA1")).extracting(DeliveryReport::addressee, DeliveryReport::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("RUEHC", DeliveryReport.Kind.DELIVERED),
                        org.assertj.core.groups.Tuple.tuple("RUEHBS", DeliveryReport.Kind.DELIVERED));
        assertThat(sw.queueStatus()).isEmpty();
    }

    @Test
    void acceptIsIdempotentPerTransmissionId() throws Exception {
        open().start();
        assertThat(sw.accept(Fixtures.toDepartment("B1", Precedence.ROUTINE))).isTrue();
        assertThat(sw.accept(Fixtures.toDepartment("B1", Precedence.ROUTINE))).isFalse();
        awaitDelivered(1);
        sw.channelCheck();
        assertThat(sw.inbox("RUEHC")).hasSize(1);
        assertThat(eventsOf(SwitchEvent.Accepted.class)).hasSize(1);
    }

    @Test
    void incompleteTransmissionsAreRefused() {
        open();
        Transmission t = Fixtures.toDepartment("C1", Precedence.ROUTINE);
        Transmission noAddressees = new Transmission("C2", t.cableId(), 1, t.precedence(), t.classification(),
                "RUEHC", List.of(), t.text(), t.releasedAt());
        assertThatThrownBy(() -> sw.accept(noAddressees)).isInstanceOf(IllegalArgumentException.class);
        Transmission noDestination = new Transmission("C3", t.cableId(), 1, t.precedence(), t.classification(),
                " ", t.addressees(), t.text(), t.releasedAt());
        assertThatThrownBy(() -> sw.accept(noDestination)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlashAcceptedBehindAThousandRoutineIsDeliveredFirst() throws Exception {
        open();
        List<Transmission> routine = new ArrayList<>();
        for (int i = 0; i < 1000; i++) routine.add(Fixtures.toDepartment("R" + i, Precedence.ROUTINE));
        sw.accept(routine);
        sw.accept(Fixtures.toDepartment("F1", Precedence.FLASH));
        assertThat(sw.queueStatus()).extracting(QueueStatus::precedence, QueueStatus::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Precedence.FLASH, 1L),
                org.assertj.core.groups.Tuple.tuple(Precedence.ROUTINE, 1000L));
        sw.start();
        awaitDelivered(1001);
        List<SwitchEvent.Delivered> delivered = eventsOf(SwitchEvent.Delivered.class);
        assertThat(delivered.getFirst().entry().transmissionId()).isEqualTo("F1");
        // FIFO within ROUTINE.
        List<String> order = delivered.stream().skip(1).map(d -> d.entry().transmissionId()).toList();
        assertThat(order).containsExactlyElementsOf(routine.stream().map(Transmission::transmissionId).toList());
    }

    @Test
    void niactIsPerAddresseeAndGivesTheTransmissionItsHighestPrecedence() throws Exception {
        open().start();
        Transmission t = Fixtures.to("N1", "RUEHC", Precedence.NIACT_IMMEDIATE,
                Fixtures.department(Precedence.NIACT_IMMEDIATE), Fixtures.brussels());
        sw.accept(t);
        awaitDelivered(2);
        assertThat(eventsOf(SwitchEvent.Accepted.class).getFirst().precedence()).isEqualTo(Precedence.NIACT_IMMEDIATE);
        assertThat(sw.inbox("RUEHC").getFirst().requiresAck()).isTrue();
        assertThat(sw.inbox("RUEHBS").getFirst().requiresAck()).isFalse();
        assertThat(sw.inbox("RUEHBS").getFirst().precedence()).isEqualTo(Precedence.IMMEDIATE);
    }

    @Test
    void concurrentAcceptsShareCommits() throws Exception {
        open();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> done = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            Transmission t = Fixtures.toDepartment("G" + i, Precedence.ROUTINE);
            done.add(pool.submit(() -> sw.accept(t)));
        }
        for (Future<Boolean> f : done) assertThat(f.get()).isTrue();
        pool.shutdown();
        assertThat(sw.committedJobs()).isEqualTo(800);
        assertThat(sw.commits()).isLessThan(800);
        assertThat(sw.queueStatus().getFirst().depth()).isEqualTo(800);
    }

    @Test
    void theStoreIsWalWithFullSync() throws Exception {
        open();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(QueueStore.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void queuedMessagesSurviveARestart() throws Exception {
        open();
        sw.accept(Fixtures.toDepartment("S1", Precedence.ROUTINE));
        sw.accept(Fixtures.toDepartment("S2", Precedence.IMMEDIATE));
        sw.close();
        events.clear();
        open().start();
        awaitDelivered(2);
        assertThat(eventsOf(SwitchEvent.Delivered.class)).extracting(d -> d.entry().transmissionId())
                .containsExactly("S2", "S1");
    }

    @Test
    void aFaultyLinkLosesRepeatsAndReordersYetEveryCopyIsFiledOnce() throws Exception {
        // Drops every 5th frame, repeats every 3rd, and delivers each batch backwards.
        int[] count = {0};
        Link faulty = frames -> {
            List<Frame> out = new ArrayList<>();
            for (Frame f : frames) {
                count[0]++;
                if (count[0] % 5 == 0) continue;
                out.add(f);
                if (count[0] % 3 == 0) out.add(f);
            }
            Collections.reverse(out);
            return out;
        };
        open(SwitchConfig.defaults().withLink(faulty).withBatchSize(7)).start();
        List<Transmission> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(Fixtures.to("L" + i, i % 2 == 0 ? "RUEHC" : "RUEHBS", Precedence.ROUTINE,
                    i % 2 == 0 ? Fixtures.department(null) : Fixtures.brussels()));
        }
        sw.accept(all);
        // A frame lost at the very end is found by the channel check the forwarder runs when idle.
        await("all filed", () -> sw.queueStatus().isEmpty());
        List<InboxEntry> filed = new ArrayList<>(sw.inbox("RUEHC"));
        filed.addAll(sw.inbox("RUEHBS"));
        assertThat(filed).extracting(InboxEntry::transmissionId)
                .containsExactlyInAnyOrderElementsOf(all.stream().map(Transmission::transmissionId).toList());
        assertThat(eventsOf(SwitchEvent.GapDetected.class)).isNotEmpty();
        assertThat(eventsOf(SwitchEvent.DuplicateDiscarded.class)).isNotEmpty();
        assertThat(eventsOf(SwitchEvent.Delivered.class)).hasSize(200);
        assertThat(sw.queueStatus()).isEmpty();
    }

    @Test
    void flashTravelsOnItsDestinationsUrgentChannelNumberedApart() throws Exception {
        open().start();
        for (int i = 0; i < 3; i++) sw.accept(Fixtures.toDepartment("R" + i, Precedence.ROUTINE));
        sw.accept(Fixtures.toDepartment("F1", Precedence.FLASH));
        sw.accept(Fixtures.toDepartment("I1", Precedence.IMMEDIATE));
        sw.accept(Fixtures.toDepartment("F2", Precedence.FLASH));
        awaitDelivered(6);
        await("all filed", () -> sw.queueStatus().isEmpty());
        List<String> channels = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(QueueStore.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT transmission_id, channel, channel_seq FROM queue_message "
                     + "ORDER BY channel, channel_seq")) {
            while (rs.next()) channels.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3));
        }
        assertThat(channels).containsExactly("R0 RUEHC 1", "R1 RUEHC 2", "R2 RUEHC 3", "I1 RUEHC 4",
                "F1 RUEHC/URGENT 1", "F2 RUEHC/URGENT 2");
    }

    @Test
    void aFlashFrameTheLinkLosesIsAskedForAgainOnItsUrgentChannel() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
        Link losesTheFirstFlash = frames -> frames.stream()
                .filter(f -> !(f.transmission().transmissionId().equals("F1") && lost.compareAndSet(false, true)))
                .toList();
        open(SwitchConfig.defaults().withLink(losesTheFirstFlash)).start();
        sw.accept(Fixtures.toDepartment("F1", Precedence.FLASH));
        awaitDelivered(1);
        assertThat(lost).isTrue();
        assertThat(eventsOf(SwitchEvent.GapDetected.class)).singleElement()
                .satisfies(g -> assertThat(g.request().channel()).isEqualTo("RUEHC/URGENT"));
        sw.accept(Fixtures.toDepartment("F2", Precedence.FLASH));
        awaitDelivered(2);
        assertThat(sw.inbox("RUEHC")).extracting(InboxEntry::transmissionId).containsExactlyInAnyOrder("F1", "F2");
    }

    @Test
    void passingLinesAndTagsChooseTheOfficesAndNodisOnlyTheNamedList() throws Exception {
        PostProfile dept = new PostProfile("RUEHC", List.of("DEPT"), List.of("watch"), List.of("S", "D"),
                List.of(new PostProfile.Office("EUR/CE", Set.of("EZ")), new PostProfile.Office("NEA/I", Set.of("IZ"))),
                "S/ES-O");
        open(SwitchConfig.defaults().withProfiles(new PostProfiles(List.of(dept)))).start();
        Transmission base = Fixtures.toDepartment("D1", Precedence.ROUTINE);
        sw.accept(Fixtures.withText(base, Fixtures.text("D1", Precedence.ROUTINE, "SIPDIS",
                "DEPT FOR EUR/NB, EUR/RPM", "PREL EZ")));
        Transmission nodis = Fixtures.toDepartment("D2", Precedence.ROUTINE);
        sw.accept(Fixtures.withText(nodis, Fixtures.text("D2", Precedence.ROUTINE, "NODIS", "DEPT FOR EUR/NB",
                "PREL EZ")));
        Transmission plain = Fixtures.toDepartment("D3", Precedence.ROUTINE);
        sw.accept(Fixtures.withText(plain, Fixtures.text("D3", Precedence.ROUTINE, "SIPDIS", "", "PREL UK")));
        awaitDelivered(3);
        assertThat(byId("RUEHC", "D1").distribution()).containsExactly("EUR/NB", "EUR/RPM", "EUR/CE");
        assertThat(byId("RUEHC", "D2").distribution()).containsExactly("S", "D");
        assertThat(byId("RUEHC", "D3").distribution()).containsExactly("S/ES-O");
    }

    private InboxEntry byId(String post, String transmissionId) {
        return sw.inbox(post).stream().filter(e -> e.transmissionId().equals(transmissionId)).findFirst()
                .orElseThrow();
    }

    @Test
    void flashMustBeAcknowledgedByTheDutyOfficer() throws Exception {
        PostProfile dept = new PostProfile("RUEHC", List.of(), List.of("watch"), List.of(), List.of(), null);
        open(SwitchConfig.defaults().withProfiles(new PostProfiles(List.of(dept)))).start();
        sw.accept(Fixtures.toDepartment("F2", Precedence.FLASH));
        awaitDelivered(1);
        assertThat(sw.inbox("RUEHC").getFirst().awaitingAck()).isTrue();
        assertThat(sw.ack("RUEHC", "F2", "clerk")).isEqualTo(AckOutcome.NOT_DUTY_OFFICER);
        assertThat(sw.ack("RUEHBS", "F2", "watch")).isEqualTo(AckOutcome.NOT_FOUND);
        assertThat(sw.ack("RUEHC", "09PRAGUEF2", "watch")).isEqualTo(AckOutcome.ACKNOWLEDGED);
        assertThat(sw.ack("RUEHC", "F2", "watch")).isEqualTo(AckOutcome.ALREADY_ACKNOWLEDGED);
        InboxEntry e = sw.inbox("RUEHC").getFirst();
        assertThat(e.ackedBy()).isEqualTo("watch");
        assertThat(e.awaitingAck()).isFalse();
        assertThat(sw.reports("09PRAGUEF2")).extracting(DeliveryReport::kind)
                .containsExactly(DeliveryReport.Kind.DELIVERED, DeliveryReport.Kind.ACKNOWLEDGED);
        assertThat(eventsOf(SwitchEvent.Acknowledged.class)).hasSize(1);
    }

    @Test
    void anUnacknowledgedFlashIsEscalatedThenBreachesItsObjective() throws Exception {
        open(SwitchConfig.defaults().withAckTimeout(Duration.ofMinutes(3))).start();
        sw.accept(Fixtures.toDepartment("F3", Precedence.FLASH));
        awaitDelivered(1);
        sw.checkDeadlines();
        assertThat(eventsOf(SwitchEvent.Escalated.class)).isEmpty();

        clock.advance(Duration.ofMinutes(4));
        sw.checkDeadlines();
        sw.checkDeadlines(); // once only
        assertThat(eventsOf(SwitchEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.entry().transmissionId()).isEqualTo("F3"));
        assertThat(sw.inbox("RUEHC").getFirst().escalatedAt()).isNotNull();
        assertThat(sw.breaches(10)).isEmpty();

        clock.advance(Duration.ofMinutes(7)); // 11 minutes after release: FLASH objective is 10
        sw.checkDeadlines();
        sw.checkDeadlines();
        assertThat(sw.breaches(10)).singleElement().satisfies(b -> {
            assertThat(b.stage()).isEqualTo(Breach.Stage.UNACKNOWLEDGED);
            assertThat(b.post()).isEqualTo("RUEHC");
            assertThat(b.objective()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(eventsOf(SwitchEvent.SpeedOfServiceBreach.class)).hasSize(1);
    }

    @Test
    void aMessageStillQueuedPastItsObjectiveIsABreachOnce() {
        open(); // not started: nothing is forwarded
        sw.accept(Fixtures.toDepartment("Q1", Precedence.IMMEDIATE));
        sw.accept(Fixtures.toDepartment("Q2", Precedence.ROUTINE));
        clock.advance(Duration.ofMinutes(31));
        sw.checkDeadlines();
        sw.checkDeadlines();
        assertThat(sw.breaches(10)).singleElement().satisfies(b -> {
            assertThat(b.transmissionId()).isEqualTo("Q1");
            assertThat(b.stage()).isEqualTo(Breach.Stage.QUEUED);
            assertThat(b.post()).isEmpty();
        });
        clock.advance(Duration.ofHours(6));
        sw.checkDeadlines();
        assertThat(sw.breaches(10)).extracting(Breach::transmissionId).containsExactly("Q2", "Q1");
    }

    @Test
    void aLateDeliveryIsABreach() throws Exception {
        open();
        sw.accept(Fixtures.toDepartment("L1", Precedence.PRIORITY));
        clock.advance(Duration.ofHours(4));
        sw.start();
        awaitDelivered(1);
        assertThat(sw.breaches(10)).singleElement()
                .satisfies(b -> assertThat(b.stage()).isEqualTo(Breach.Stage.DELIVERED_LATE));
    }

    @Test
    void aNonDeliveryIsReportedToTheOriginator() {
        open();
        Transmission t = Fixtures.toDepartment("X1", Precedence.ROUTINE);
        sw.reportNonDelivery(t, Fixtures.brussels(), "accreditation CONFIDENTIAL below SECRET");
        assertThat(sw.reports("09PRAGUEX1")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(DeliveryReport.Kind.NON_DELIVERY);
            assertThat(r.originator()).isEqualTo("AMEMBASSY PRAGUE");
            assertThat(r.addressee()).isEqualTo("RUEHBS");
            assertThat(r.detail()).contains("accreditation");
        });
    }
}
