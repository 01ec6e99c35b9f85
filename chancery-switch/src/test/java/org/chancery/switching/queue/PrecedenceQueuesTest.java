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

    private static List<QueueEntry> take(PrecedenceQueues q, int max) throws InterruptedException {
        return q.take(max, 0, TimeUnit.MILLISECONDS);
    }

    @Test
    void aFlashBehindOneHundredThousandRoutineGoesFirst() throws InterruptedException {
        PrecedenceQueues q = new PrecedenceQueues();
        for (int i = 0; i < 100_000; i++) q.add(entry(i, "RUEHC", Precedence.ROUTINE));
        q.add(entry(100_000, "RUEHC", Precedence.FLASH));
        List<QueueEntry> batch = take(q, 64);
        assertThat(batch).extracting(QueueEntry::seq).containsExactly(100_000L);
        assertThat(take(q, 3)).extracting(QueueEntry::seq).containsExactly(0L, 1L, 2L);
        assertThat(q.size()).isEqualTo(99_997);
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
        assertThat(q.take(10, 10, TimeUnit.MILLISECONDS)).isEmpty();
        Thread producer = new Thread(() -> q.add(entry(1, "RUEHC", Precedence.FLASH)));
        producer.start();
        assertThat(q.take(10, 10, TimeUnit.SECONDS)).extracting(QueueEntry::seq).containsExactly(1L);
        producer.join();
    }
}
