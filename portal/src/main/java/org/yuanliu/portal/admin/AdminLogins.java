package org.yuanliu.portal.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;

/**
 * The admin's logins. A login token carries, besides its name, role and expiry, the instant it was issued (in
 * milliseconds) and a fingerprint of the password it was issued under. Every request checks that the token names the
 * configured admin, has the ADMIN role and an expiry, was issued under the current password and after the admin's
 * last logout. Logouts are kept in the revocations file, so a restart does not bring logged-out tokens back.
 */
@Singleton
public final class AdminLogins {
    public static final String ROLE = "ADMIN";
    /** Milliseconds: {@code iat} has whole seconds, and a logout and the next login often fall in the same one. */
    static final String ISSUED = "login_ms";
    /** HMAC of the password's revision under a key derived from the session key: a new password ends older logins. */
    static final String CREDENTIAL = "cred";
    private static final Logger LOG = LoggerFactory.getLogger(AdminLogins.class);

    private final String username;
    private final String fingerprint;
    private final RolesFinder roles;
    private final Path revocationsFile;
    private final Map<String, Instant> loggedOut;

    public AdminLogins(AdminCredentials credentials, SessionKey key, SessionSettings settings, RolesFinder roles) {
        this.username = credentials.username();
        this.fingerprint = Base64.getUrlEncoder().withoutPadding().encodeToString(SessionKey.hmac(
                key.derive("login"), credentials.username() + "\0" + HexFormat.of().formatHex(credentials.revision())));
        this.roles = roles;
        this.revocationsFile = settings.revocationsFile().toAbsolutePath().normalize();
        this.loggedOut = new HashMap<>(read(revocationsFile));
    }

    /** The claims a new login adds to its token. */
    public Map<String, Object> claims() {
        return Map.of(ISSUED, System.currentTimeMillis(), CREDENTIAL, fingerprint);
    }

    /** Whether a token's claims (its signature and expiry already checked by the framework) are a valid login. */
    public boolean accepts(Claims claims) {
        String refusal = refusal(claims);
        if (refusal != null) {
            LOG.debug("Login token refused: {}", refusal);
        }
        return refusal == null;
    }

    /** Ends every login of the user issued until now; kept across restarts. */
    public synchronized void logOut(String user) {
        loggedOut.put(user, Instant.now());
        write();
        LOG.info("Admin {} logged out; earlier logins are revoked", user);
    }

    private String refusal(Claims claims) {
        if (!username.equals(claims.get(Claims.SUBJECT))) {
            return "not the configured admin";
        }
        if (!claims.contains(Claims.EXPIRATION_TIME)) {
            return "no expiry";
        }
        Map<String, Object> attributes = new HashMap<>();
        claims.names().forEach(name -> attributes.put(name, claims.get(name)));
        if (!roles.hasAnyRequiredRoles(List.of(ROLE), attributes)) {
            return "no " + ROLE + " role";
        }
        if (!(claims.get(CREDENTIAL) instanceof String credential) || !MessageDigest.isEqual(
                credential.getBytes(StandardCharsets.US_ASCII), fingerprint.getBytes(StandardCharsets.US_ASCII))) {
            return "issued under another password";
        }
        if (!(claims.get(ISSUED) instanceof Number issued)) {
            return "no issue instant";
        }
        Instant logout = loggedOut(username);
        if (logout != null && Instant.ofEpochMilli(issued.longValue()).isBefore(logout)) {
            return "issued before the logout at " + logout;
        }
        return null;
    }

    private synchronized Instant loggedOut(String user) {
        return loggedOut.get(user);
    }

    private static Map<String, Instant> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Map<String, Instant> result = new HashMap<>();
            properties.stringPropertyNames().forEach(user -> result.put(user, Instant.parse(properties.getProperty(user).strip())));
            return result;
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("cannot read the admin logouts in " + file + " (user=ISO instant per line): "
                    + e.getMessage() + "; fix it, or delete it to keep only the logouts to come", e);
        }
    }

    /** Replaces the file in one rename, so a crash leaves the old or the new logouts, never half a file. */
    private void write() {
        try {
            Files.createDirectories(revocationsFile.getParent());
            Path temporary = temporaryFile();
            Properties properties = new Properties();
            loggedOut.forEach((user, instant) -> properties.setProperty(user, instant.toString()));
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "per admin, the last logout: logins issued before it are refused");
            }
            Files.move(temporary, revocationsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the logout in " + revocationsFile + ": " + e.getMessage(), e);
        }
    }

    private Path temporaryFile() throws IOException {
        String prefix = revocationsFile.getFileName().toString();
        try {
            return Files.createTempFile(revocationsFile.getParent(), prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(revocationsFile.getParent(), prefix, ".tmp");
        }
    }
}
