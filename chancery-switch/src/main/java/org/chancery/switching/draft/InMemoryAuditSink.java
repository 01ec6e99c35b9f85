package org.chancery.switching.draft;

import java.util.ArrayList;
import java.util.List;

/** Keeps audit events in memory, for tests and for a switch run without a store. */
public final class InMemoryAuditSink implements AuditSink {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
