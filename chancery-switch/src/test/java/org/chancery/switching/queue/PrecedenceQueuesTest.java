package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PrecedenceQueuesTest {

    private static final Instant T = Instant.parse("2009-10-02T14:44:00Z");

    private static QueueEntry entry(long seq, String destination, Precedence p) {
        return new QueueEntry(seq, "T" + seq, destination, p, T);
    }

    private static List<QueueEntry> take(PrecedenceQueues q, Lane lane, int max) throws InterruptedException {
        return q.take(lane, max, 0, TimeUnit.MILLISECONDS);
    }

    /** The urgent lane first, as the switch's writer serves it before any ordinary batch. */
    private static List<QueueEntry> take(PrecedenceQueues q, int max) throws InterruptedException {
        List<QueueEntry> urgent = take(q, Lane.URGENT, max);
        return urgent.isEmpty() ? take(q, Lane.ORDINARY, max) : urgent;
    }

    @Test
    void aFlashBehindOneHundredThousandRoutineGoesFirst() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        for (int i = 0; i < 100_000; i++) q.add(entry(i, "RUEHC", Precedence.ROUTINE));
        q.add(entry(100_000, "RUEHC", Precedence.FLASH));
        assertThat(q.waiting(Lane.URGENT)).isTrue();
        List<QueueEntry> batch = take(q, Lane.URGENT, 64);
        assertThat(batch).extracting(QueueEntry::seq).containsExactly(100_000L);
        assertThat(q.waiting(Lane.URGENT)).isFalse();
        assertThat(take(q, Lane.ORDINARY, 3)).extracting(QueueEntry::seq).containsExactly(0L, 1L, 2L);
        assertThat(q.size()).isEqualTo(99_997);
    }

    @Test
    void eachLaneTakesOnlyItsPrecedences() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        q.add(entry(0, "RUEHC", Precedence.ROUTINE));
        q.add(entry(1, "RUEHC", Precedence.NIACT_IMMEDIATE));
        q.add(entry(2, "RUEHC", Precedence.FLASH));
        q.add(entry(3, "RUEHC", Precedence.EMERGENCY_COMMAND));
        assertThat(take(q, Lane.ORDINARY, 10)).extracting(QueueEntry::seq).containsExactly(1L);
        assertThat(take(q, Lane.ORDINARY, 10)).extracting(QueueEntry::seq).containsExactly(0L);
        assertThat(take(q, Lane.ORDINARY, 10)).isEmpty();
        assertThat(take(q, Lane.URGENT, 10)).extracting(QueueEntry::seq).containsExactly(3L);
        assertThat(take(q, Lane.URGENT, 10)).extracting(QueueEntry::seq).containsExactly(2L);
        assertThat(take(q, Lane.URGENT, 10)).isEmpty();
    }

    @Test
    void queueOrderIsTheEnumOrderAndFifoWithinAPrecedence() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        Precedence[] order = {Precedence.ROUTINE, Precedence.PRIORITY, Precedence.IMMEDIATE,
                Precedence.NIACT_IMMEDIATE, Precedence.FLASH, Precedence.CRITIC};
        long seq = 0;
        for (int round = 0; round < 2; round++) {
            for (Precedence p : order) q.add(entry(seq++, "RUEHC", p));
        }
        List<QueueEntry> out = new ArrayList<>();
        for (List<QueueEntry> b = take(q, 100); !b.isEmpty(); b = take(q, 100)) out.addAll(b);
        assertThat(out).extracting(QueueEntry::precedence).containsExactly(
                Precedence.CRITIC, Precedence.CRITIC, Precedence.FLASH, Precedence.FLASH,
                Precedence.NIACT_IMMEDIATE, Precedence.NIACT_IMMEDIATE, Precedence.IMMEDIATE, Precedence.IMMEDIATE,
                Precedence.PRIORITY, Precedence.PRIORITY, Precedence.ROUTINE, Precedence.ROUTINE);
        // FIFO within a precedence: the first round's message before the second's.
        for (int i = 0; i < out.size(); i += 2) assertThat(out.get(i).seq()).isLessThan(out.get(i + 1).seq());
    }

    @Test
    void aBatchNeverMixesPrecedencesAndDestinationsTakeTurns() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        for (int i = 0; i < 4; i++) q.add(entry(i, "RUEHC", Precedence.ROUTINE));
        for (int i = 4; i < 6; i++) q.add(entry(i, "RUEHBS", Precedence.ROUTINE));
        q.add(entry(6, "RUEHBS", Precedence.IMMEDIATE));
        assertThat(take(q, 10)).extracting(QueueEntry::seq).containsExactly(6L);
        assertThat(take(q, 10)).extracting(QueueEntry::seq).containsExactly(0L, 4L, 1L, 5L, 2L, 3L);
    }

    @Test
    void putBackGoesAheadOfItsPrecedence() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        for (int i = 0; i < 5; i++) q.add(entry(i, "RUEHC", Precedence.ROUTINE));
        List<QueueEntry> taken = take(q, 2);
        q.putBack(taken);
        assertThat(take(q, 5)).extracting(QueueEntry::seq).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void takeWaitsForAMessageAndGivesUpAfterItsTimeout() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        assertThat(q.take(Lane.ORDINARY, 10, 10, TimeUnit.MILLISECONDS)).isEmpty();
        Thread producer = new Thread(() -> {
            q.add(entry(1, "RUEHC", Precedence.FLASH)); // not the ordinary lane's: it keeps waiting
            q.add(entry(2, "RUEHC", Precedence.IMMEDIATE));
        });
        producer.start();
        assertThat(q.take(Lane.ORDINARY, 10, 10, TimeUnit.SECONDS)).extracting(QueueEntry::seq).containsExactly(2L);
        producer.join();
    }
}
