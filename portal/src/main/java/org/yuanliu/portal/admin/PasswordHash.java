package org.yuanliu.portal.admin;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes (the JDK's implementation), encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). Run {@code main} to hash a password for
 * {@code YUANLIU_ADMIN_PASSWORD_HASH}.
 */
public final class PasswordHash {
    static final String PREFIX = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000; // OWASP's recommendation for PBKDF2-HMAC-SHA256
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Whether the password matches; false for a malformed hash. Compares in constant time. */
    public static boolean verify(char[] password, String encoded) {
        String[] parts = encoded.strip().split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a string looks like a hash this class made. */
    public static boolean isWellFormed(String encoded) {
        String[] parts = encoded.strip().split("\\$");
        return parts.length == 4 && PREFIX.equals(parts[0]) && parts[1].matches("\\d{4,9}");
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Prints the hash of a password read from the console (or one line of standard input). */
    public static void main(String[] args) throws IOException {
        Console console = System.console();
        char[] password = console != null ? console.readPassword("Admin password: ")
                : new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip().toCharArray();
        if (password == null || password.length < 8) {
            System.err.println("The password must have at least 8 characters.");
            System.exit(2);
        }
        System.out.println(hash(password));
        Arrays.fill(password, '\0');
    }
}
