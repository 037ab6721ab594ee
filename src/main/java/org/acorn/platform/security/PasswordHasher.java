package org.acorn.platform.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023). The iteration count is stored in each hash,
 * so it can be raised later and old hashes still verify: {@code pbkdf2-sha256$600000$salt$hash}.
 * {@code ACORN_PASSWORD_ITERATIONS} changes the count for new hashes; the integration tests lower it (each sign-in
 * costs a second of CPU at 600,000 on a small machine, and they sign in hundreds of times).
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    /** The least a deployment may configure: below this a hash is too cheap to slow a guesser at all. */
    static final int MIN_ITERATIONS = 1_000;
    private static volatile int iterations = ITERATIONS;
    /** A stored count above this is corrupt (or hostile: one check would tie up a thread for minutes). */
    static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pbkdf2-sha256";

    private PasswordHasher() { }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        int n = iterations;
        return format(n, salt, derive(password, salt, n));
    }

    /** The count for new hashes from now on (the configured setting, applied at start-up), kept within bounds. */
    public static void useIterations(int n) {
        int bounded = Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, n));
        if (bounded != iterations) {
            iterations = bounded;
            decoy = null;
        }
    }

    public static int iterations() { return iterations; }

    /** False for a wrong password and for a stored value that is not a well-formed hash (never throws). */
    public static boolean verify(char[] password, String stored) {
        if (stored == null) return false;
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("\\d{1,8}")) return false;
        int iterations = Integer.parseInt(parts[1]);
        if (iterations < 1 || iterations > MAX_ITERATIONS) return false;
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (salt.length == 0 || expected.length != KEY_BITS / 8) return false;
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) { // not Base64
            return false;
        }
    }

    /** A hash of a random password: comparing against it costs the same as a real check (no timing oracle). */
    public static String decoy() {
        String d = decoy;
        if (d == null) decoy = d = hash(java.util.UUID.randomUUID().toString().toCharArray());
        return d;
    }

    private static volatile String decoy;

    private static String format(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }
}
