package org.chancery.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import org.chancery.server.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Authentication for every request, run before any handler:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer TOKEN} — an API token (scripts). Any other Authorization header, or an
 *       unknown token, is a 401. Bearer requests carry no ambient authority, so they need no CSRF token.</li>
 *   <li>the {@value #COOKIE} cookie — a browser session (HttpOnly, SameSite=Strict, Secure behind TLS). Every
 *       state-changing request (POST, PUT, PATCH, DELETE) with a session must carry the session's CSRF token in
 *       the {@value #CSRF_HEADER} header (htmx, fetch) or the {@value #CSRF_FIELD} form field (plain forms),
 *       compared in constant time; otherwise 403.</li>
 *   <li>neither — anonymous; handlers that need a user answer 401.</li>
 * </ul>
 */
public final class Authenticator {

    public static final String COOKIE = "chancery_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    public static final String TOKEN_PREFIX = "chy_";

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final boolean behindTls;

    public Authenticator(Accounts accounts, Sessions sessions, LoginThrottle throttle, PasswordHasher hasher,
                         Clock clock, boolean behindTls) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
        this.behindTls = behindTls;
    }

    public Accounts accounts() {
        return accounts;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** The before-handler. */
    public void authenticate(Context ctx) {
        ctx.attribute(Auth.AUTHENTICATOR, this);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            bearer(ctx, authorization);
            return;
        }
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) return;
        Session s = session.get();
        ctx.attribute(Auth.SESSION, s);
        if (unsafe(ctx.method())) checkCsrf(ctx, s);
        if (s.userId() == null) return;
        Optional<Account> account = accounts.find(s.userId());
        if (account.isEmpty()) {
            sessions.end(s.id());
            return;
        }
        ctx.attribute(Auth.ACCOUNT, account.get());
        ctx.attribute(Auth.VIA, Auth.Via.SESSION);
    }

    private void bearer(Context ctx, String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthenticated("the Authorization header must be 'Bearer TOKEN'");
        }
        String token = authorization.substring(7).trim();
        Optional<Account> account = accounts.tokenBySecret(sha256(token))
                .flatMap(t -> accounts.find(t.userId()));
        if (account.isEmpty()) throw ApiException.unauthenticated("the API token is not valid");
        ctx.attribute(Auth.ACCOUNT, account.get());
        ctx.attribute(Auth.VIA, Auth.Via.BEARER);
    }

    private static void checkCsrf(Context ctx, Session s) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) sent = formField(org.chancery.server.Params.bodyBytes(ctx), CSRF_FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "csrf", "CSRF token missing or wrong",
                    "a request that changes something must carry the session's CSRF token in the " + CSRF_HEADER
                            + " header or the " + CSRF_FIELD + " form field");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    /**
     * A field of an urlencoded form body, read here rather than by the servlet container, whose form parsing
     * fails the whole request on a malformed body; null when absent or not decodable.
     */
    static String formField(byte[] body, String name) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !pair.substring(0, eq).equals(name)) continue;
            try {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    static boolean unsafe(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    /**
     * Checks a password login, throttled per account and address; on success starts a new session (a fresh id
     * and CSRF token) and sets its cookie. A locked account or address is refused with 429 and when to retry; a
     * wrong name or password is one 401 whatever was wrong.
     */
    public Session login(Context ctx, String user, String password) {
        String address = ctx.ip();
        Optional<LoginThrottle.Lock> lock = throttle.locked(user, address);
        if (lock.isPresent()) throw locked(ctx, lock.get());
        Optional<Account> account = accounts.find(user);
        String hash = account.map(Account::passwordHash).orElse(null);
        if (!hasher.verify(password, hash)) {
            throttle.failed(user, address);
            Optional<LoginThrottle.Lock> now = throttle.locked(user, address);
            if (now.isPresent()) throw locked(ctx, now.get());
            throw new ApiException(401, "login-failed", "Login failed", "wrong user name or password");
        }
        throttle.succeeded(user);
        if (hasher.needsRehash(hash)) accounts.setPasswordHash(user, user, hasher.hash(password));
        Session old = ctx.attribute(Auth.SESSION);
        if (old != null) sessions.end(old.id());
        Session s = startSession(ctx, user);
        ctx.attribute(Auth.ACCOUNT, account.get());
        ctx.attribute(Auth.VIA, Auth.Via.SESSION);
        return s;
    }

    private ApiException locked(Context ctx, LoginThrottle.Lock lock) {
        long seconds = Math.max(1, lock.until().getEpochSecond() - clock.instant().getEpochSecond());
        ctx.header("Retry-After", Long.toString(seconds));
        String until = DateTimeFormatter.ISO_INSTANT.format(lock.until().atOffset(ZoneOffset.UTC).toInstant());
        return new ApiException(429, "login-locked", "Too many failed logins",
                ("account".equals(lock.what()) ? "this account is" : "logins from this address are")
                        + " locked after too many failed attempts; try again after " + until);
    }

    public void logout(Context ctx) {
        Auth.session(ctx).ifPresent(s -> sessions.end(s.id()));
        ctx.removeCookie(COOKIE, "/");
    }

    Session startSession(Context ctx, String userId) {
        Session s = sessions.create(userId);
        Cookie c = new Cookie(COOKIE, s.id());
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setSecure(secure(ctx));
        ctx.cookie(c);
        ctx.attribute(Auth.SESSION, s);
        return s;
    }

    private boolean secure(Context ctx) {
        return behindTls || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equals(ctx.scheme());
    }

    /** A new API token for a user: the secret is returned once and only its SHA-256 is kept. */
    public CreatedToken createToken(String userId, String name) {
        String secret = TOKEN_PREFIX + sessions.randomToken();
        Accounts.TokenInfo info = new Accounts.TokenInfo(UUID.randomUUID().toString(), userId, name, Instant.now(clock));
        accounts.saveToken(info, sha256(secret));
        return new CreatedToken(info, secret);
    }

    public record CreatedToken(Accounts.TokenInfo info, String secret) {
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
