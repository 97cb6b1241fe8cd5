package org.yuanliu.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * A real Elasticsearch node with the IK plugin, on loopback, owned by this process: a single-node cluster, or a
 * member of a {@link LoopbackCluster}.
 *
 * <p>An exclusive file lock on the home directory makes the launcher the node's only owner: a second launcher
 * on the same data gets {@link EngineAlreadyRunningException}. A node left behind by a launcher that was killed
 * is recognised by its pid file and stopped before a new one starts. Closing (or JVM shutdown) stops the node.
 */
public final class LocalElasticsearch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalElasticsearch.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final EngineSettings settings;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final URI url;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    private LocalElasticsearch(EngineSettings settings, FileChannel lockChannel, FileLock lock, URI url) {
        this.settings = settings;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.url = url;
        this.shutdownHook = new Thread(this::stop, "yuanliu-engine-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Installs if needed and starts the node; returns once the cluster is at least yellow. */
    public static LocalElasticsearch start(EngineSettings settings) {
        return start(settings, Optional.empty());
    }

    /**
     * Starts a member of a loopback cluster; returns once the cluster it joined is at least yellow (so the members
     * of a new cluster must be started together: the first election needs most of them).
     */
    public static LocalElasticsearch startMember(EngineSettings settings, ClusterMembership membership) {
        return start(settings, Optional.of(membership));
    }

    private static LocalElasticsearch start(EngineSettings settings, Optional<ClusterMembership> membership) {
        try {
            Files.createDirectories(settings.home());
            FileChannel channel = FileChannel.open(settings.home().resolve("engine.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new EngineAlreadyRunningException(settings.home(), readUrl(settings));
            }
            try {
                URI url = launch(settings, membership);
                return new LocalElasticsearch(settings, channel, lock, url);
            } catch (RuntimeException | IOException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new EngineException("Cannot start Elasticsearch in " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    public URI url() {
        return url;
    }

    public EngineSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopNode(settings);
        try {
            Files.deleteIfExists(urlFile(settings));
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warning("Could not release the engine lock: " + e.getMessage());
        }
    }

    /** Whether the node's process is alive (false once it died or was stopped). */
    public boolean running() {
        return !stopped && nodeProcess(settings).isPresent();
    }

    /** The node's process id while it runs. */
    public OptionalLong pid() {
        return readPid(pidFile(settings)).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static URI launch(EngineSettings settings, Optional<ClusterMembership> membership) throws IOException {
        stopNode(settings); // a node left behind by a launcher that was killed
        Path installDir = EngineInstallation.ensure(settings);
        Path nodeDir = settings.nodeDir();
        int port = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        if (!portIsFree(port)) {
            throw new EngineException("Port " + port + " on 127.0.0.1 is taken by another program. Set yuanliu.engine.port "
                    + "(YUANLIU_ENGINE_PORT) to a free port, or 0 to pick one.");
        }
        NodeConfiguration.write(installDir, nodeDir, port, membership);
        Files.deleteIfExists(pidFile(settings));

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_PATH_CONF", nodeDir.resolve("config").toString());
        environment.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        List<String> command = List.of(installDir.resolve("bin/elasticsearch").toString(), "-d", "-p",
                pidFile(settings).toString());
        Optional<NodeAccount> account = NodeAccount.forCurrentUser(settings.account());
        ProcessBuilder builder;
        if (account.isPresent()) {
            account.get().prepare(nodeDir, installDir);
            builder = new ProcessBuilder(account.get().wrap(command, environment));
        } else {
            builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
        }
        Path launcherLog = nodeDir.resolve("launcher.log");
        builder.redirectErrorStream(true).redirectOutput(launcherLog.toFile()).directory(installDir.toFile());
        URI url = URI.create("http://127.0.0.1:" + port);
        LOG.info(() -> "Starting Elasticsearch at " + url + " (data in " + nodeDir.resolve("data") + ")");
        Process daemonizer = builder.start();
        waitForHealth(settings, url, daemonizer, launcherLog);
        Files.writeString(urlFile(settings), url.toString());
        return url;
    }

    private static void waitForHealth(EngineSettings settings, URI url, Process daemonizer, Path launcherLog)
            throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!daemonizer.isAlive() && daemonizer.exitValue() != 0) {
                throw new EngineException("Elasticsearch did not start (exit " + daemonizer.exitValue() + "):\n"
                        + tail(launcherLog) + tail(settings.nodeDir().resolve("logs/yuanliu.log")));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // the node is still starting
            } catch (IOException notYet) {
                // timeouts while the node boots
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("Interrupted while waiting for Elasticsearch");
            }
            sleep(Duration.ofMillis(500));
        }
        stopNode(settings);
        throw new EngineException("Elasticsearch did not become healthy within " + START_TIMEOUT.toSeconds() + " s; see "
                + settings.nodeDir().resolve("logs") + "\n" + tail(settings.nodeDir().resolve("logs/yuanliu.log")));
    }

    /** Stops the node recorded in the pid file, if it is still running: SIGTERM, then SIGKILL after a grace period. */
    private static void stopNode(EngineSettings settings) {
        Path pidFile = pidFile(settings);
        Optional<ProcessHandle> node = nodeProcess(settings);
        if (node.isEmpty()) {
            return;
        }
        ProcessHandle handle = node.get();
        LOG.info(() -> "Stopping Elasticsearch (pid " + handle.pid() + ")");
        handle.destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (handle.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
        if (handle.isAlive()) {
            handle.destroyForcibly();
            sleep(Duration.ofSeconds(1));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.warning("Could not delete " + pidFile + ": " + e.getMessage());
        }
    }

    /** The node's live process, by its pid file (a pid the system gave to another program since does not count). */
    private static Optional<ProcessHandle> nodeProcess(EngineSettings settings) {
        return readPid(pidFile(settings)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(cmd -> cmd.contains("org.elasticsearch")).orElse(true));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> readUrl(EngineSettings settings) {
        try {
            Path file = urlFile(settings);
            return Files.isRegularFile(file) ? Optional.of(URI.create(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path pidFile(EngineSettings settings) {
        return settings.nodeDir().resolve("node.pid");
    }

    private static Path urlFile(EngineSettings settings) {
        return settings.home().resolve("engine.url");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size()))) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
