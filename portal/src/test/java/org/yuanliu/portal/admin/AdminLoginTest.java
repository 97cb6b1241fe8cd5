package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.indexer.index.IndexSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Logins only the portal can issue (issue 13): signed cookies, forged and foreign tokens refused, logout and a new
 * password revoking logins, a restart keeping them, throttled guessing, loopback binding. Against a real node.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminLoginTest {
    private static final String OWNER_ONLY = "rw-------";

    @TempDir
    static Path data;
    private AdminClient portal;
    private URI engine;
    private String prefix;

    @BeforeAll
    void start(RealElasticsearch.Node node, IndexSchema schema) throws Exception {
        schema.ensure();
        engine = node.engine().url();
        prefix = schema.prefix();
        portal = new AdminClient(AdminClient.properties(engine, prefix, data));
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void theLoginCookieIsSignedWithTheKeyInTheDataDirectoryAndForgedTokensAreRefused() throws Exception {
        AdminClient admin = portal.newBrowser();
        assertThat(admin.login(AdminClient.PASSWORD).headers().firstValue("Location")).hasValue("/admin");
        SignedJWT issued = SignedJWT.parse(admin.loginCookie().orElseThrow());
        Path secretFile = data.resolve("session-secret");
        assertThat(Files.getPosixFilePermissions(secretFile)).isEqualTo(PosixFilePermissions.fromString(OWNER_ONLY));
        byte[] key = Base64.getDecoder().decode(Files.readString(secretFile).strip());
        assertThat(issued.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(issued.verify(new MACVerifier(key))).as("signed with the key in the data directory").isTrue();
        JWTClaimsSet claims = issued.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("admin");
        assertThat(claims.getStringListClaim("roles")).containsExactly("ADMIN");
        assertThat(claims.getExpirationTime()).isAfter(new Date());

        // the control: the portal's own claims signed again with its key pass, so each refusal below is for what changed
        assertAccepted(signed(key, claims));

        byte[] otherKey = Base64.getDecoder().decode("c29tZSBvdGhlciBrZXksIDMyIGJ5dGVzIGF0IGxlYXN0IQ==");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("the adversary's alg none, mallory, no roles, no expiry",
                unsigned("{\"alg\":\"none\"}", "{\"sub\":\"mallory\"}"));
        forged.put("alg none with the portal's own claims", new PlainJWT(claims).serialize());
        forged.put("signed with another key", signed(otherKey, claims));
        forged.put("expired", signed(key, with(claims, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(60))))));
        forged.put("without expiry", signed(key, with(claims, c -> c.expirationTime(null))));
        forged.put("without the ADMIN role", signed(key, with(claims, c -> c.claim("roles", List.of("EDITOR")))));
        forged.put("without roles", signed(key, with(claims, c -> c.claim("roles", null))));
        forged.put("for another user name", signed(key, with(claims, c -> c.subject("mallory"))));
        forged.put("without the password fingerprint", signed(key, with(claims, c -> c.claim(AdminLogins.CREDENTIAL, null))));
        forged.forEach(this::assertRefused);
    }

    @Test
    void logoutRevokesEveryLoginIssuedBeforeIt() {
        AdminClient first = portal.newBrowser();
        AdminClient second = portal.newBrowser();
        first.login(AdminClient.PASSWORD);
        second.login(AdminClient.PASSWORD);
        String firstCookie = first.loginCookie().orElseThrow();
        String secondCookie = second.loginCookie().orElseThrow();
        assertAccepted(firstCookie);

        HttpResponse<String> logout = first.postForm("/admin/logout", Map.of("csrfToken", first.apiToken()));
        assertThat(logout.statusCode()).isEqualTo(303);
        assertRefused("the cookie of the browser that logged out", firstCookie);
        assertRefused("a login of another browser, issued before the logout", secondCookie);
        assertThat(data.resolve("session-revocations")).content().contains("admin=");

        // a login right after the logout is valid
        assertThat(first.login(AdminClient.PASSWORD).headers().firstValue("Location")).hasValue("/admin");
        assertAccepted(first.loginCookie().orElseThrow());
        assertRefused("still, after a new login", firstCookie);
    }

    @Test
    void aRestartKeepsLoginsValidAndANewPasswordEndsThem(@TempDir Path restarted) throws Exception {
        Map<String, Object> properties = AdminClient.properties(engine, prefix, restarted);
        String cookie;
        String key;
        try (AdminClient first = new AdminClient(properties)) {
            first.login(AdminClient.PASSWORD);
            cookie = first.loginCookie().orElseThrow();
            key = Files.readString(restarted.resolve("session-secret"));
        }
        try (AdminClient second = new AdminClient(properties)) {
            assertThat(session(second, cookie).statusCode()).as("the same login after a restart").isEqualTo(200);
            assertThat(AdminClient.json(session(second, cookie)).get("user").asText()).isEqualTo("admin");
            assertThat(Files.readString(restarted.resolve("session-secret"))).as("the key is kept").isEqualTo(key);
        }
        properties.put("yuanliu.admin.password", "a new password, changed after a leak");
        try (AdminClient third = new AdminClient(properties)) {
            assertThat(session(third, cookie).statusCode()).as("issued under the old password").isEqualTo(401);
            assertThat(third.login("a new password, changed after a leak").headers().firstValue("Location")).hasValue("/admin");
            assertThat(session(third, third.loginCookie().orElseThrow()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void repeatedFailuresLockTheLoginPerAddressAndPerNameUntilTheLockEnds(@TempDir Path throttled) throws Exception {
        Map<String, Object> properties = AdminClient.properties(engine, prefix, throttled);
        properties.put("yuanliu.admin.login.max-failures", 3);
        properties.put("yuanliu.admin.login.lock", "4s");
        properties.put("yuanliu.admin.login.max-lock", "8s");
        // lets the test speak for several clients; without it every request comes from 127.0.0.1
        properties.put("micronaut.server.client-address-header", "X-Forwarded-For");
        try (AdminClient client = new AdminClient(properties)) {
            // three failures from one address, whatever the names, lock that address: the right password too
            for (String name : List.of("root", "administrator", "admin")) {
                assertThat(client.login(name, "guess", from("203.0.113.1")).headers().firstValue("Location"))
                        .hasValue("/admin/login?error=credentials");
            }
            HttpResponse<String> locked = client.login("admin", AdminClient.PASSWORD, from("203.0.113.1"));
            assertThat(locked.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 4L);
            assertThat(locked.body()).contains("too many failed logins, try again in " + retryAfter + " s")
                    .contains("name=\"csrfToken\"");
            assertSecurityHeaders(locked);
            assertThat(locked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JWT="));
            HttpResponse<String> json = client.login("admin", AdminClient.PASSWORD,
                    Map.of("X-Forwarded-For", "203.0.113.1", "Accept", "application/json"));
            assertThat(json.statusCode()).isEqualTo(429);
            assertThat(AdminClient.json(json).get("message").asText()).contains("too many failed logins, try again in");
            assertThat(json.headers().firstValue("Retry-After")).isPresent();

            // another address may log in; three failures for one name from three addresses lock the name
            assertThat(client.login("admin", AdminClient.PASSWORD, from("203.0.113.2")).headers().firstValue("Location"))
                    .hasValue("/admin");
            for (String address : List.of("203.0.113.3", "203.0.113.4", "203.0.113.5")) {
                assertThat(client.login("admin", "guess", from(address)).statusCode()).isEqualTo(303);
            }
            HttpResponse<String> nameLocked = client.login("admin", AdminClient.PASSWORD, from("203.0.113.6"));
            assertThat(nameLocked.statusCode()).isEqualTo(429);

            // once the lock has ended, the right password logs in
            Thread.sleep(Long.parseLong(nameLocked.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 200);
            HttpResponse<String> after = client.login("admin", AdminClient.PASSWORD, from("203.0.113.6"));
            assertThat(after.headers().firstValue("Location")).hasValue("/admin");
            assertThat(session(client, client.loginCookie().orElseThrow()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void rejectionsByTheSecurityLayerCarryTheSecurityHeaders() {
        AdminClient anonymous = portal.newBrowser();
        HttpResponse<String> api = anonymous.get("/admin/api/session", "application/json");
        assertThat(api.statusCode()).isEqualTo(401);
        assertSecurityHeaders(api);
        HttpResponse<String> page = anonymous.get("/admin", "text/html");
        assertThat(page.statusCode()).isEqualTo(303);
        assertSecurityHeaders(page);
        HttpResponse<String> forged = session(anonymous, unsigned("{\"alg\":\"none\"}", "{\"sub\":\"admin\"}"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertSecurityHeaders(forged);
    }

    @Test
    void thePortalListensOnLoopbackUnlessToldOtherwise() throws IOException {
        assumeTrue(System.getenv("YUANLIU_HOST") == null, "YUANLIU_HOST is set for this run");
        assertThat(portal.server.getApplicationContext().getProperty("micronaut.server.host", String.class))
                .hasValue("127.0.0.1");
        assertThat(portal.server.getHost()).isEqualTo("127.0.0.1");
        int port = portal.server.getPort();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : network.inetAddresses().filter(a -> !a.isLoopbackAddress()).toList()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 1000);
                    throw new AssertionError("the portal answers on " + address);
                } catch (SocketException | SocketTimeoutException refused) {
                    // as it should
                }
            }
        }
    }

    @Test
    void whenTheEngineIsDownTheAdminPageSaysSoInsteadOfListingNoDocuments(@TempDir Path down) throws Exception {
        // nothing listens on port 1: the engine is "down" from the start
        Map<String, Object> properties = AdminClient.properties(URI.create("http://127.0.0.1:1"), prefix, down);
        try (AdminClient client = new AdminClient(properties)) {
            client.login(AdminClient.PASSWORD);
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(client.uri("/admin")).GET().build());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("The search engine cannot be reached").doesNotContain("Documents (0)")
                    .contains("Upload"); // the rest of the page still works
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(client.uri("/admin/api/documents"))
                    .header("Accept", "application/json").GET().build());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(AdminClient.json(api).get("message").asText()).contains("cannot be reached");
        }
    }

    @Test
    void aConfiguredSecretSignsInsteadOfTheFile(@TempDir Path configured) throws Exception {
        String secret = "a configured secret, shared by the portals behind one balancer";
        Map<String, Object> properties = AdminClient.properties(engine, prefix, configured);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
        try (AdminClient client = new AdminClient(properties)) {
            client.login(AdminClient.PASSWORD);
            SignedJWT issued = SignedJWT.parse(client.loginCookie().orElseThrow());
            assertThat(issued.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))).isTrue();
            assertThat(session(client, issued.serialize()).statusCode()).isEqualTo(200);
            assertThat(configured.resolve("session-secret")).doesNotExist();
        }
    }

    private void assertAccepted(String token) {
        HttpResponse<String> session = session(portal.newBrowser(), token);
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        JsonNode body = AdminClient.json(session);
        assertThat(body.get("user").asText()).isEqualTo("admin");
    }

    /** Refused as cookie and as bearer token: 401 from the API, even for a write, and the login form for pages. */
    private void assertRefused(String what, String token) {
        AdminClient mallory = portal.newBrowser();
        assertThat(session(mallory, token).statusCode()).as(what + ": GET /admin/api/session").isEqualTo(401);
        assertThat(mallory.send(HttpRequest.newBuilder(mallory.uri("/admin/api/session")).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build()).statusCode()).as(what + ": as bearer").isEqualTo(401);
        HttpResponse<String> delete = mallory.send(HttpRequest.newBuilder(mallory.uri("/admin/api/documents/x"))
                .header("Accept", "application/json").header("Cookie", "JWT=" + token).header("X-CSRF-Token", "x")
                .DELETE().build());
        assertThat(delete.statusCode()).as(what + ": DELETE /admin/api/documents/x").isEqualTo(401);
        HttpResponse<String> page = mallory.send(HttpRequest.newBuilder(mallory.uri("/admin")).header("Accept", "text/html")
                .header("Cookie", "JWT=" + token).GET().build());
        assertThat(page.statusCode()).as(what + ": GET /admin").isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).as(what).hasValue("/admin/login");
    }

    private static HttpResponse<String> session(AdminClient client, String token) {
        return client.send(HttpRequest.newBuilder(client.uri("/admin/api/session")).header("Accept", "application/json")
                .header("Cookie", "JWT=" + token).GET().build());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    private static String unsigned(String header, String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String signed(byte[] key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        token.sign(new MACSigner(key));
        return token.serialize();
    }

    private static JWTClaimsSet with(JWTClaimsSet claims, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder(claims)).build();
    }
}
