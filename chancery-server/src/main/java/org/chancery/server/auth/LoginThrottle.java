package org.chancery.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limiting and lockout. Failed logins are counted per account name (whether or not the account
 * exists, so that a lockout reveals nothing) and per client address, over a sliding {@link Limits#window}. At
 * {@link Limits#perAccount} failures the account is locked, at {@link Limits#perAddress} the address is; either
 * lock lifts by itself {@link Limits#lockout} after the last failure. A successful login clears the account's
 * count (not the address's: one good password must not unlock a guessing address).
 */
public final class LoginThrottle {

    public record Limits(int perAccount, int perAddress, Duration window, Duration lockout) {
        public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** Why a login is refused before the password is even checked, and until when. */
    public record Lock(String what, Instant until) {
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** The lock that refuses this login now, if any. */
    public Optional<Lock> locked(String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> a = lockedUntil("account:" + account, limits.perAccount(), now);
        if (a.isPresent()) return Optional.of(new Lock("account", a.get()));
        return lockedUntil("address:" + address, limits.perAddress(), now).map(u -> new Lock("address", u));
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        record("account:" + account, now);
        record("address:" + address, now);
    }

    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private void record(String key, Instant now) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
            // Never more than a little past the limit: the oldest ones no longer matter.
            while (d.size() > Math.max(limits.perAccount(), limits.perAddress()) + 1) d.removeFirst();
        }
        if (failures.size() > 100_000) failures.values().removeIf(q -> {
            synchronized (q) {
                prune(q, now);
                return q.isEmpty();
            }
        });
    }

    private Optional<Instant> lockedUntil(String key, int limit, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) return Optional.empty();
        synchronized (d) {
            prune(d, now);
            if (d.size() < limit) return Optional.empty();
            Instant until = d.peekLast().plus(limits.lockout());
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }

    /** Drops failures older than both the window and the lockout. */
    private void prune(Deque<Instant> d, Instant now) {
        Duration keep = limits.window().compareTo(limits.lockout()) > 0 ? limits.window() : limits.lockout();
        Instant cutoff = now.minus(keep);
        while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.removeFirst();
        // Failures outside the window do not count towards a new lock but keep an existing one until it lifts.
        if (!d.isEmpty() && d.peekLast().plus(limits.lockout()).isBefore(now)) {
            Instant windowStart = now.minus(limits.window());
            d.removeIf(t -> t.isBefore(windowStart));
        }
    }
}
