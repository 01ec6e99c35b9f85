package org.chancery.server;

import org.chancery.security.Policy;
import org.chancery.server.auth.LoginThrottle;
import org.chancery.server.auth.PasswordHasher;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How the server runs.
 *
 * @param host       the address to listen on ({@code 127.0.0.1} by default: put a TLS proxy in front to serve others)
 * @param port       the port (0: any free port)
 * @param behindTls  whether clients reach the server over TLS (a proxy): session cookies are then Secure
 * @param policy     a reading policy to set in the store at start (null: keep the store's setting, document until set)
 * @param passwords  Argon2id parameters
 * @param logins     login rate limits and lockout
 * @param sessionIdle / sessionAbsolute  when a session ends
 * @param requestLog where the one-JSON-line-per-request log goes
 * @param threads    the most threads serving requests at once (Jetty's pool); connections beyond that wait in line
 */
public record ServerConfig(String host, int port, boolean behindTls, Policy policy,
                           PasswordHasher.Parameters passwords, LoginThrottle.Limits logins,
                           Duration sessionIdle, Duration sessionAbsolute, Consumer<String> requestLog, int threads) {

    /** The system property that overrides {@link #defaultThreads()}. */
    public static final String THREADS_PROPERTY = "chancery.server.threads";

    public ServerConfig {
        if (threads < 8) throw new IllegalArgumentException("the server needs at least 8 threads, not " + threads);
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, false, null, PasswordHasher.DEFAULT,
                LoginThrottle.Limits.DEFAULT, Duration.ofMinutes(30), Duration.ofHours(12), System.out::println,
                defaultThreads());
    }

    /**
     * Eight threads per core, at least 16 (or {@value #THREADS_PROPERTY}): a request is CPU work (search, parse,
     * redact, render) plus short waits (the audit log's commit, a page of the store), so a few threads per core
     * keep the cores busy, while hundreds of threads (Jetty's default is 250, one per connection under load) only
     * share the same cores, each request taking longer, with more memory and more switching.
     */
    public static int defaultThreads() {
        String set = System.getProperty(THREADS_PROPERTY);
        if (set != null) return Integer.parseInt(set.strip());
        return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withBehindTls(boolean b) {
        return new ServerConfig(host, port, b, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withPolicy(Policy p) {
        return new ServerConfig(host, port, behindTls, p, passwords, logins, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withPasswords(PasswordHasher.Parameters p) {
        return new ServerConfig(host, port, behindTls, policy, p, logins, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withLogins(LoginThrottle.Limits l) {
        return new ServerConfig(host, port, behindTls, policy, passwords, l, sessionIdle, sessionAbsolute, requestLog, threads);
    }

    public ServerConfig withRequestLog(Consumer<String> sink) {
        return new ServerConfig(host, port, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, sink, threads);
    }

    public ServerConfig withThreads(int t) {
        return new ServerConfig(host, port, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog, t);
    }
}
