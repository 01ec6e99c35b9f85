package org.chancery.switching.queue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Urgent jobs jump the queue and pre-empt a running group at the next job boundary, sharing its commit. */
class GroupCommitterTest {

    @TempDir
    Path dir;

    private static GroupCommitter.Work<String> job(List<String> order, String name, CountDownLatch started,
                                                    CountDownLatch go) {
        return tx -> {
            order.add(name);
            if (started != null) started.countDown();
            try {
                if (go != null && !go.await(30, TimeUnit.SECONDS)) throw new AssertionError("never released");
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return name;
        };
    }

    @Test
    void anUrgentJobGoesBeforeQueuedWorkAndPreemptsTheRestOfAGroup() throws Exception {
        try (QueueStore store = QueueStore.open(dir)) {
            GroupCommitter committer = store.committer();
            long commits = committer.commits();
            List<String> order = new CopyOnWriteArrayList<>();
            CountDownLatch xStarted = new CountDownLatch(1);
            CountDownLatch xGo = new CountDownLatch(1);
            CountDownLatch aStarted = new CountDownLatch(1);
            CountDownLatch aGo = new CountDownLatch(1);
            // X holds the writer while A, B, C queue up: they then form one group
            CompletableFuture<String> x = committer.submit(job(order, "X", xStarted, xGo));
            assertThat(xStarted.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> a = committer.submit(job(order, "A", aStarted, aGo));
            CompletableFuture<String> b = committer.submit(job(order, "B", null, null));
            CompletableFuture<String> c = committer.submit(job(order, "C", null, null));
            xGo.countDown();
            assertThat(aStarted.await(30, TimeUnit.SECONDS)).isTrue();
            // while A runs, a FLASH arrives: B and C wait for it
            CompletableFuture<String> u = committer.submitUrgent(job(order, "U", null, null));
            aGo.countDown();
            assertThat(CompletableFuture.allOf(x, a, b, c, u).get(30, TimeUnit.SECONDS)).isNull();
            assertThat(order).containsExactly("X", "A", "U", "B", "C");
            // U shares the commit of A, which was done when it arrived: X; A and U; B and C
            assertThat(committer.commits() - commits).isEqualTo(3);
            assertThat(List.of(a.get(), b.get(), c.get(), u.get())).containsExactly("A", "B", "C", "U");
        }
    }
}
