package org.yuanliu.portal.admin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Inject;

/**
 * The admin's password hash, resolved once at start: a configured password (hashed in memory), else a configured
 * hash, else the hash file from an earlier start, else a generated password — printed once to standard output
 * (not to the log), with only its hash written to the hash file.
 */
@Context
public class AdminCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final String username;
    private final String hash;
    private final byte[] revision;

    @Inject
    public AdminCredentials(AdminSettings settings) {
        this(settings, System.out);
    }

    AdminCredentials(AdminSettings settings, PrintStream console) {
        this.username = settings.username();
        this.hash = resolve(settings, console);
        // a configured password is hashed with a fresh salt at every start, so the hash cannot tell whether it changed
        this.revision = digest(configured(settings.password()) ? "password\0" + settings.password() : "hash\0" + hash);
    }

    public String username() {
        return username;
    }

    /**
     * A digest that changes whenever the password does (another configured password or hash, a new hash file) and stays
     * the same across restarts otherwise; logins carry a fingerprint of it. It never leaves the process.
     */
    byte[] revision() {
        return revision.clone();
    }

    /** Checks a login. Both the name and the password are always checked, so that timing tells nothing. */
    public boolean verify(String user, String password) {
        boolean name = MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                (user == null ? "" : user).getBytes(StandardCharsets.UTF_8));
        boolean secret = PasswordHash.verify((password == null ? "" : password).toCharArray(), hash);
        return name & secret;
    }

    private static String resolve(AdminSettings settings, PrintStream console) {
        if (configured(settings.password())) {
            LOG.info("Admin password: from configuration (yuanliu.admin.password)");
            return PasswordHash.hash(settings.password().toCharArray());
        }
        if (settings.passwordHash() != null && !settings.passwordHash().isBlank()) {
            if (!PasswordHash.isWellFormed(settings.passwordHash())) {
                throw new IllegalStateException("yuanliu.admin.password-hash (YUANLIU_ADMIN_PASSWORD_HASH) is not a hash made "
                        + "by org.yuanliu.portal.admin.PasswordHash (pbkdf2-sha256$iterations$salt$hash)");
            }
            LOG.info("Admin password: hash from configuration (yuanliu.admin.password-hash)");
            return settings.passwordHash().strip();
        }
        Path file = settings.passwordHashFile().toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file).strip();
                if (!PasswordHash.isWellFormed(stored)) {
                    throw new IllegalStateException(file + " does not hold a password hash; delete it to generate a new "
                            + "password, or set YUANLIU_ADMIN_PASSWORD");
                }
                LOG.info("Admin password: hash from {}", file);
                return stored;
            }
            return generate(settings.username(), file, console);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the admin password hash " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean configured(String password) {
        return password != null && !password.isBlank();
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String generate(String username, Path file, PrintStream console) throws IOException {
        SecureRandom random = new SecureRandom();
        char[] password = new char[GENERATED_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        String hash = PasswordHash.hash(password);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException race) {
            throw new IOException("another process created " + file + " at the same time; restart to use it", race);
        }
        Files.writeString(file, hash + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        console.println();
        console.println("==================================================================");
        console.println(" Yuanliu admin login (shown only this once):");
        console.println("   user:     " + username);
        console.println("   password: " + new String(password));
        console.println(" Only its hash is kept, in " + file);
        console.println(" (delete that file to generate a new one, or set YUANLIU_ADMIN_PASSWORD)");
        console.println("==================================================================");
        console.println();
        console.flush();
        LOG.info("Admin password generated; its hash is in {}", file);
        return hash;
    }
}
