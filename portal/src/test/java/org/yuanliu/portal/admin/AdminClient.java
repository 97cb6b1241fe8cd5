package org.yuanliu.portal.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/** A portal started for admin tests and a browser-like client (cookies, no redirects followed). */
final class AdminClient implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    final EmbeddedServer server;
    private final boolean owner;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).build();

    AdminClient(Map<String, Object> properties) {
        this.server = ApplicationContext.run(EmbeddedServer.class, properties);
        this.owner = true;
    }

    private AdminClient(EmbeddedServer server) {
        this.server = server;
        this.owner = false;
    }

    /** Another browser (no cookies) on the same portal. */
    AdminClient newBrowser() {
        return new AdminClient(server);
    }

    /** Properties of a portal on the given node and prefix, with a known admin password and state in {@code data}. */
    static Map<String, Object> properties(URI engine, String prefix, java.nio.file.Path data) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("yuanliu.elasticsearch.url", engine.toString());
        properties.put("yuanliu.index-prefix", prefix);
        properties.put("yuanliu.admin.password", PASSWORD);
        properties.put("yuanliu.indexing.on-start", false);
        properties.put("yuanliu.indexing.uploads", data.resolve("uploads").toString());
        properties.put("yuanliu.indexing.reports", data.resolve("reports").toString());
        properties.put("yuanliu.admin.password-hash-file", data.resolve("admin-password.hash").toString());
        properties.put("yuanliu.admin.session.secret-file", data.resolve("session-secret").toString());
        properties.put("yuanliu.admin.session.revocations-file", data.resolve("session-revocations").toString());
        return properties;
    }

    URI uri(String path) {
        return server.getURI().resolve(path);
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A multipart upload: form fields, then files (name → bytes) as parts named {@code files}. */
    HttpResponse<String> upload(String path, String accept, Map<String, String> fields, Map<String, byte[]> files,
                                Map<String, String> headers) {
        String boundary = "----yuanliu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((name, bytes) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the form, as a browser does; returns the response to the POST. */
    HttpResponse<String> login(String password) {
        String token = csrfTokenIn(get("/admin/login", "text/html").body());
        return postForm("/admin/login", Map.of("username", "admin", "password", password, "csrfToken", token));
    }

    /** Logs in through the form with a user name and extra headers (say, {@code Accept} or a client address). */
    HttpResponse<String> login(String username, String password, Map<String, String> headers) {
        String token = csrfTokenIn(get("/admin/login", "text/html").body());
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&csrfToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    /** The value of the login cookie this browser holds, if any. */
    java.util.Optional<String> loginCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JWT"))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    static String csrfTokenIn(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + html);
        }
        return m.group(1);
    }

    /** The CSRF token of the current login, from the session endpoint. */
    String apiToken() {
        return json(get("/admin/api/session", "application/json")).get("csrfToken").asText();
    }

    /** Waits until the job is finished; returns its report. */
    JsonNode awaitJob(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = json(get("/admin/api/jobs/" + id, "application/json"));
            if (report.get("state").asText().equals("done") || report.get("state").asText().equals("failed")) {
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (owner) {
            server.getApplicationContext().close();
        }
    }
}
