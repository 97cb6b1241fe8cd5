package org.yuanliu.portal.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a test can send what no well-behaved client would: broken percent-encoding,
 * invalid UTF-8, raw bytes in the request line. One request per connection ({@code Connection: close}).
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A response as received; {@code elapsed} is measured from connecting to the end of the body. */
    record Response(int status, Map<String, String> headers, String body, Duration elapsed) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        @Override
        public String toString() {
            return status + " in " + elapsed.toMillis() + " ms: " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /**
     * GET with the request target given as raw bytes (ISO-8859-1: each char is one byte on the wire); null when the
     * server closed the connection without answering.
     */
    static Response get(URI server, String target, String accept) {
        return send(server, target.getBytes(StandardCharsets.ISO_8859_1), accept);
    }

    /** As {@link #get}, failing when the server closed the connection without an answer. */
    static Response answer(URI server, String target, String accept) {
        return answered(get(server, target, accept), target);
    }

    static Response answered(Response response, String target) {
        if (response == null) {
            throw new AssertionError("the server closed the connection without answering GET " + QueryFuzzTest.show(target));
        }
        return response;
    }

    static Response send(URI server, byte[] target, String accept) {
        long start = System.nanoTime();
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write("GET ".getBytes(StandardCharsets.US_ASCII));
                out.write(target);
                out.write((" HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\nAccept: " + accept
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer (and close) before reading all of an over-long request: read what it said
            }
            byte[] raw;
            try {
                raw = readAll(socket.getInputStream());
            } catch (IOException reset) {
                return null; // closed without an answer
            }
            if (raw.length == 0) {
                return null;
            }
            return parse(raw, Duration.ofNanos(System.nanoTime() - start));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within 30 s to GET " + QueryFuzzTest.show(new String(target, StandardCharsets.ISO_8859_1)), e);
        } catch (IOException e) {
            throw new AssertionError("GET " + QueryFuzzTest.show(new String(target, StandardCharsets.ISO_8859_1)) + " failed: " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private static Response parse(byte[] raw, Duration elapsed) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || headEnd < 0) {
            throw new AssertionError("not an HTTP response (" + raw.length + " bytes): " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        String body = text.substring(headEnd + 4);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = dechunk(body);
        }
        return new Response(status, headers, body, elapsed);
    }

    private static String dechunk(String body) {
        // chunk sizes count bytes; the body is re-encoded to find them
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = i;
            while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(bytes, start, Math.min(size, bytes.length - start));
            i = start + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
