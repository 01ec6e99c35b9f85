package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The waiting messages, per destination and precedence, in memory (the store is the record; this is rebuilt from
 * it on start). {@link #take} serves a {@link Lane}, always its highest precedence waiting anywhere: a FLASH
 * accepted behind 100,000 ROUTINE messages for the same destination is in the urgent lane's next batch, and an
 * IMMEDIATE in the ordinary lane's. Within one precedence it is first in first out per destination, and
 * destinations take turns, so a long queue to one station does not starve the others. Every operation is O(1)
 * per message.
 */
public final class PrecedenceQueues {

    private static final int LEVELS = Precedence.values().length;

    private static final class Destination {
        final String name;
        @SuppressWarnings("unchecked")
        final ArrayDeque<QueueEntry>[] waiting = new ArrayDeque[LEVELS];
        final boolean[] ready = new boolean[LEVELS];

        Destination(String name) {
            this.name = name;
            for (int i = 0; i < LEVELS; i++) waiting[i] = new ArrayDeque<>();
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    private final Map<String, Destination> destinations = new HashMap<>();
    /** Per precedence, the destinations with messages waiting at it, in turn order. */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Destination>[] ready = new ArrayDeque[LEVELS];
    /** Messages waiting, per lane. */
    private final long[] size = new long[Lane.values().length];

    public PrecedenceQueues() {
        for (int i = 0; i < LEVELS; i++) ready[i] = new ArrayDeque<>();
    }

    /** Adds a message at the back of its destination's queue for its precedence. */
    public void add(QueueEntry entry) {
        lock.lock();
        try {
            Destination d = destinations.computeIfAbsent(entry.destination(), Destination::new);
            int p = entry.precedence().ordinal();
            d.waiting[p].addLast(entry);
            markReady(d, p);
            size[Lane.of(entry.precedence()).ordinal()]++;
            nonEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Puts back messages that were taken but could not be sent, ahead of everything else at their precedence. */
    public void putBack(List<QueueEntry> entries) {
        lock.lock();
        try {
            for (int i = entries.size() - 1; i >= 0; i--) {
                QueueEntry entry = entries.get(i);
                Destination d = destinations.computeIfAbsent(entry.destination(), Destination::new);
                int p = entry.precedence().ordinal();
                d.waiting[p].addFirst(entry);
                markReady(d, p);
                size[Lane.of(entry.precedence()).ordinal()]++;
            }
            nonEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes up to {@code max} messages of the highest precedence waiting on {@code lane}, waiting up to
     * {@code timeout} for one to arrive; empty when none did. A batch never mixes precedences, so that an urgent
     * batch stays small.
     */
    public List<QueueEntry> take(Lane lane, int max, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (size[lane.ordinal()] == 0) {
                if (nanos <= 0) return List.of();
                nanos = nonEmpty.awaitNanos(nanos);
            }
            int p = lane.highestOrdinal();
            while (ready[p].isEmpty()) p++;
            List<QueueEntry> batch = new ArrayList<>(Math.min(max, 64));
            ArrayDeque<Destination> turn = ready[p];
            while (batch.size() < max && !turn.isEmpty()) {
                Destination d = turn.pollFirst();
                batch.add(d.waiting[p].pollFirst());
                if (d.waiting[p].isEmpty()) {
                    d.ready[p] = false;
                } else {
                    turn.addLast(d);
                }
            }
            size[lane.ordinal()] -= batch.size();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Whether messages are waiting on {@code lane}. */
    public boolean waiting(Lane lane) {
        lock.lock();
        try {
            return size[lane.ordinal()] > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Messages waiting (not counting those taken and not yet put back). */
    public long size() {
        lock.lock();
        try {
            long all = 0;
            for (long n : size) all += n;
            return all;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes a waiting {@link #take} (used on shutdown). */
    public void wakeUp() {
        lock.lock();
        try {
            nonEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void markReady(Destination d, int p) {
        if (!d.ready[p]) {
            d.ready[p] = true;
            ready[p].addLast(d);
        }
    }
}
