package org.chancery.archive.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The hash chain of the audit log. A record's hash is the SHA-256, in lower-case hex, of its <em>canonical
 * serialisation</em>: the netstrings ({@code <length>:<bytes>,}, the length being the decimal count of UTF-8
 * bytes) of these nine texts, in this order, concatenated with nothing between them:
 *
 * <pre>
 *   "chancery-audit/1", seq (decimal), at, user, action, target, allowed ("true" or "false"), reason, prev_hash
 * </pre>
 *
 * For example seq 1, at {@code 2026-01-02T03:04:05.678Z}, user {@code jdoe}, action {@code read}, target
 * {@code 09PRAGUE589}, allowed, reason {@code ALLOWED}, prev hash {@code ab…} serialises as
 * {@code 16:chancery-audit/1,1:1,24:2026-01-02T03:04:05.678Z,4:jdoe,4:read,11:09PRAGUE589,4:true,7:ALLOWED,64:ab…,}.
 * Netstrings make the serialisation unambiguous whatever the fields contain (commas, colons, new lines). The
 * genesis record (seq 0) has the prev hash {@link #GENESIS_PREV}, 64 zeros.
 */
public final class AuditHash {

    /** Names the serialisation, so that a future one can never produce the same bytes. */
    public static final String FORMAT = "chancery-audit/1";

    /** The prev hash of the genesis record. */
    public static final String GENESIS_PREV = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** The text an instant is recorded (and hashed) as: UTC, milliseconds, fixed width. */
    public static String at(Instant instant) {
        return AT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static String of(AuditRecord r) {
        return of(r.seq(), r.at(), r.user(), r.action(), r.target(), r.allowed(), r.reason(), r.prevHash());
    }

    public static String of(long seq, String at, String user, String action, String target, boolean allowed,
                            String reason, String prevHash) {
        return HexFormat.of().formatHex(sha256(serialise(seq, at, user, action, target, allowed, reason, prevHash)));
    }

    /** The canonical serialisation, as UTF-8 bytes. */
    public static byte[] serialise(long seq, String at, String user, String action, String target, boolean allowed,
                                   String reason, String prevHash) {
        StringBuilder b = new StringBuilder(160);
        for (String field : new String[] {FORMAT, Long.toString(seq), at, user, action, target,
                allowed ? "true" : "false", reason, prevHash}) {
            String f = field == null ? "" : field;
            b.append(f.getBytes(StandardCharsets.UTF_8).length).append(':').append(f).append(',');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
