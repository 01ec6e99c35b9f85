package org.chancery.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory (a restart logs everyone out, which is acceptable for a single process). Ids and CSRF
 * tokens are 32 random bytes. A session ends after {@link #idle} without use or {@link #absolute} after it began;
 * a login always makes a new session (the id changes, so a planted id is worthless).
 */
public final class Sessions {

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public Sessions(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    public Session create(String userId) {
        Session s = new Session(randomToken(), userId, randomToken(), clock.instant());
        byId.put(s.id(), s);
        if (byId.size() % 1024 == 0) expire();
        return s;
    }

    /** The live session with this id, touched; empty when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null) return Optional.empty();
        Session s = byId.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    public void end(String id) {
        if (id != null) byId.remove(id);
    }

    /** Ends every session of a user (password change, account disabled). */
    public void endAll(String userId) {
        byId.values().removeIf(s -> userId.equals(s.userId()));
    }

    private boolean expired(Session s, Instant now) {
        return s.lastSeen().plus(idle).isBefore(now) || s.created().plus(absolute).isBefore(now);
    }

    private void expire() {
        Instant now = clock.instant();
        byId.values().removeIf(s -> expired(s, now));
    }

    public String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
