package org.chancery.server.auth;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id password hashing (bouncycastle), stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} (unpadded base64), so that the parameters travel with each
 * hash and can be raised later without invalidating old ones.
 *
 * <p>Default parameters are OWASP's first recommendation for Argon2id: 19 MiB of memory, 2 passes, 1 lane, a
 * 16-byte random salt per password and a 32-byte hash. Comparison is constant-time
 * ({@link MessageDigest#isEqual}). Tests use {@link #FAST} (1 MiB, 1 pass) to stay quick; never in production.
 */
public final class PasswordHasher {

    public record Parameters(int memoryKiB, int iterations, int parallelism) {
    }

    public static final Parameters DEFAULT = new Parameters(19_456, 2, 1);
    public static final Parameters FAST = new Parameters(1_024, 1, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Parameters parameters;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when an account has no hash, so that a missing account costs the same time. */
    private final String dummy;

    public PasswordHasher(Parameters parameters) {
        this.parameters = parameters;
        this.dummy = hash("not a password");
    }

    public Parameters parameters() {
        return parameters;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code encoded}; false for a null or malformed hash (after the same work). */
    public boolean verify(String password, String encoded) {
        Decoded d = decode(encoded);
        if (d == null) {
            verify(password == null ? "" : password, dummy);
            return false;
        }
        byte[] actual = derive(password == null ? "" : password, d.salt, d.parameters, d.hash.length);
        return MessageDigest.isEqual(actual, d.hash);
    }

    /** Whether a stored hash was made with weaker parameters than the current ones (rehash on next login). */
    public boolean needsRehash(String encoded) {
        Decoded d = decode(encoded);
        return d == null || !d.parameters.equals(parameters);
    }

    private record Decoded(Parameters parameters, byte[] salt, byte[] hash) {
    }

    private static Decoded decode(String encoded) {
        if (encoded == null) return null;
        String[] parts = encoded.split("\\$", -1);
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) return null;
        try {
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                int eq = kv.indexOf('=');
                int v = Integer.parseInt(kv.substring(eq + 1));
                switch (kv.substring(0, eq)) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return null;
                    }
                }
            }
            if (m < 8 || t < 1 || p < 1 || m > 4_194_304 || t > 100 || p > 64) return null;
            return new Decoded(new Parameters(m, t, p), B64D.decode(parts[4]), B64D.decode(parts[5]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] derive(String password, byte[] salt, Parameters p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
