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
 */
public record ServerConfig(String host, int port, boolean behindTls, Policy policy,
                           PasswordHasher.Parameters passwords, LoginThrottle.Limits logins,
                           Duration sessionIdle, Duration sessionAbsolute, Consumer<String> requestLog) {

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, false, null, PasswordHasher.DEFAULT,
                LoginThrottle.Limits.DEFAULT, Duration.ofMinutes(30), Duration.ofHours(12), System.out::println);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withBehindTls(boolean b) {
        return new ServerConfig(host, port, b, policy, passwords, logins, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withPolicy(Policy p) {
        return new ServerConfig(host, port, behindTls, p, passwords, logins, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withPasswords(PasswordHasher.Parameters p) {
        return new ServerConfig(host, port, behindTls, policy, p, logins, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withLogins(LoginThrottle.Limits l) {
        return new ServerConfig(host, port, behindTls, policy, passwords, l, sessionIdle, sessionAbsolute, requestLog);
    }

    public ServerConfig withRequestLog(Consumer<String> sink) {
        return new ServerConfig(host, port, behindTls, policy, passwords, logins, sessionIdle, sessionAbsolute, sink);
    }
}
