package org.yuanliu.portal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The portal's one secret key: it signs the admin's login cookie (HS256) and, through keys derived from it, the CSRF
 * tokens and the password fingerprint a login carries. Resolved once at start: the configured
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret} (portals behind one load balancer must share
 * it), else the secret file, made at first start with 256 random bits and readable by its owner only. Because the key
 * outlives the process, a restart keeps logins valid until they expire, the admin logs out or the password changes.
 */
@Singleton
public final class SessionKey {
    /** The framework's own setting for the key; when present it signs the cookie and this class only derives from it. */
    public static final String CONFIGURED = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final Logger LOG = LoggerFactory.getLogger(SessionKey.class);
    private static final int KEY_BYTES = 32; // HS256 wants at least 256 bits
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] key;

    public SessionKey(SessionSettings settings, @Nullable @Property(name = CONFIGURED) String configured) {
        if (configured != null && !configured.isBlank()) {
            LOG.info("Login signing key: from configuration ({})", CONFIGURED);
            this.key = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            this.key = fromFile(settings.secretFile().toAbsolutePath().normalize());
        }
    }

    /** The key that signs login tokens when none is configured. */
    byte[] signingKey() {
        return key.clone();
    }

    /** A key for one purpose ("csrf", "login"), so that no two uses ever share a MAC key. */
    byte[] derive(String purpose) {
        return hmac(key, purpose);
    }

    /** HMAC-SHA256 of a value under a key. */
    static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                return generate(file);
            }
            byte[] stored = decode(file, Files.readString(file));
            restrict(file);
            LOG.info("Login signing key: from {}", file);
            return stored;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the login signing key " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] generate(Path file) throws IOException {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // created with its final permissions: the key is never readable by others, not even for an instant
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException race) {
            throw new IOException("another process created " + file + " at the same time; restart to use it", race);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        LOG.info("Login signing key: generated in {} (delete it to log everybody out)", file);
        return fresh;
    }

    private static byte[] decode(Path file, String text) {
        try {
            byte[] stored = Base64.getDecoder().decode(text.strip());
            if (stored.length >= KEY_BYTES) {
                return stored;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        throw new IllegalStateException(file + " does not hold a login signing key (Base64, at least " + KEY_BYTES
                + " bytes); delete it to generate a new one (everybody is logged out)");
    }

    /** A key file others can read (copied in with a lax umask, say) is made owner-only, with a warning. */
    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                LOG.warn("{} was readable by others; it is now rw------- (delete it for a new key if it may have leaked)",
                        file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // nothing to check on this file system
        }
    }
}
