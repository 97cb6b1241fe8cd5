package org.yuanliu.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/** The portal started on a free port against a given engine and index prefix, and a plain HTTP client. */
public final class TestPortal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestPortal(EmbeddedServer server) {
        this.server = server;
    }

    public static TestPortal start(URI engine, String prefix) {
        return start(engine, prefix, Map.of());
    }

    /** With extra configuration, e.g. where the sample corpus is. */
    public static TestPortal start(URI engine, String prefix, Map<String, Object> extra) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "yuanliu.elasticsearch.url", engine.toString(),
                "yuanliu.elasticsearch.connect-timeout", "1s",
                "yuanliu.index-prefix", prefix,
                "yuanliu.search.max-results", 100));
        properties.putAll(extra);
        return new TestPortal(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    public URI url() {
        return server.getURI();
    }

    public HttpResponse<String> get(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(server.getURI().resolve(pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form post ({@code application/x-www-form-urlencoded}, the body already encoded). */
    public HttpResponse<String> post(String path, String form) {
        try {
            return http.send(HttpRequest.newBuilder(server.getURI().resolve(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    public static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
