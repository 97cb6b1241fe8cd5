package org.yuanliu.benchmarks.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.yuanliu.benchmarks.Child;
import org.yuanliu.benchmarks.Http;

/** The portal as it is deployed (its main class on its built classpath), on a free loopback port. */
public final class PortalProcess implements AutoCloseable {
    private final Process process;
    private final URI url;

    private PortalProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    public static PortalProcess start(Path root, URI elasticsearch, String prefix, Path log) throws IOException {
        return start(root, elasticsearch, prefix, log, List.of());
    }

    /** With JVM options for the portal (a heap limit, say). */
    public static PortalProcess start(Path root, URI elasticsearch, String prefix, Path log, List<String> jvm)
            throws IOException {
        Path portal = root.resolve("portal/target");
        Path classpathFile = portal.resolve("classpath.txt");
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(portal.resolve("classes"))) {
            throw new IOException("the portal is not built: run mvn -B -DskipTests -pl portal -am package");
        }
        String classpath = portal.resolve("classes") + ":" + Files.readString(classpathFile).strip();
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Child.java()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classpath, "org.yuanliu.portal.Application"));
        // its own working directory and data paths, so that the benchmark never touches the developer's data/
        Path home = log.getParent().resolve("portal-home");
        Files.createDirectories(home.resolve("samples"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(home.toFile());
        builder.environment().put("ELASTICSEARCH_URL", elasticsearch.toString());
        builder.environment().put("YUANLIU_INDEX_ON_START", "false"); // the benchmark's index holds only the corpus
        builder.environment().put("YUANLIU_SAMPLES", home.resolve("samples").toString());
        builder.environment().put("YUANLIU_UPLOADS", home.resolve("uploads").toString());
        builder.environment().put("YUANLIU_REPORTS", home.resolve("reports").toString());
        builder.environment().put("YUANLIU_ADMIN_PASSWORD_HASH_FILE", home.resolve("admin-password.hash").toString());
        builder.environment().put("YUANLIU_INDEX_PREFIX", prefix);
        builder.environment().put("PORT", Integer.toString(port));
        Process process = builder.start();
        URI url = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the portal exited (" + process.exitValue() + "); see " + log + ":\n" + Child.tail(log));
            }
            try {
                if (Http.get(url.resolve("/health")).status() == 200) {
                    return new PortalProcess(process, url);
                }
            } catch (IOException notYet) {
                // starting
            }
            sleep(300);
        }
        process.destroyForcibly();
        throw new IOException("the portal did not become healthy in 120 s; see " + log);
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
