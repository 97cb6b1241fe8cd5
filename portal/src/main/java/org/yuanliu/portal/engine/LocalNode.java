package org.yuanliu.portal.engine;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.engine.EngineAlreadyRunningException;
import org.yuanliu.engine.EngineException;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LocalElasticsearch;

/**
 * The local Elasticsearch node the portal runs on: started by this process (and stopped when it closes), or one
 * that another Yuanliu process already runs on the same data directory (reused, never stopped by us). A node this
 * process started and that died is started again on the same data and port by {@link #restartIfDied}, with a
 * doubling pause between failed attempts; a reused node is its owner's to restart.
 */
public final class LocalNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalNode.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    /** What the supervision of the node has seen, for /health. */
    public record Supervision(String state, int restarts, Optional<Instant> lastRestart, int failedAttempts,
                              Optional<Instant> nextAttempt, Optional<String> lastError) {
    }

    private final URI url;
    private final EngineSettings launcher;
    // written under the lock by the supervisor, read without it by /health (a restart takes seconds)
    private volatile LocalElasticsearch owned; // null when reused
    private volatile boolean closed;
    private volatile int restarts;
    private volatile Instant lastRestart;
    private volatile int failedAttempts;
    private volatile Instant nextAttempt;
    private volatile String lastError;

    private LocalNode(URI url, EngineSettings launcher, LocalElasticsearch owned) {
        this.url = url;
        this.launcher = launcher.withHttpPort(url.getPort()); // a restart keeps the address the clients use
        this.owned = owned;
    }

    /** Starts the node, or reuses the one another process runs on the same data directory. */
    public static LocalNode startOrReuse(LocalEngineSettings settings) {
        EngineSettings launcher = settings.toLauncherSettings();
        try {
            LocalElasticsearch engine = LocalElasticsearch.start(launcher);
            LOG.info("Local Elasticsearch started at {} (data: {})", engine.url(), engine.settings().home());
            return new LocalNode(engine.url(), launcher, engine);
        } catch (EngineAlreadyRunningException e) {
            URI running = e.runningUrl().orElseThrow(() -> e);
            LOG.info("Reusing the Elasticsearch node another Yuanliu process runs at {} (it stays running when we stop)",
                    running);
            return new LocalNode(running, launcher, null);
        }
    }

    public URI url() {
        return url;
    }

    /** Whether this process started the node (and stops it on close). */
    public boolean owned() {
        return owned != null;
    }

    /**
     * Starts the node again if this process started it and its process has ended, unless the last failed attempt
     * asks to wait longer. Returns whether a node was started.
     */
    public synchronized boolean restartIfDied(Instant now) {
        if (closed || owned == null || owned.running()) {
            return false;
        }
        if (nextAttempt != null && now.isBefore(nextAttempt)) {
            return false;
        }
        LOG.warn("The local Elasticsearch node at {} has stopped; starting it again (data: {})", url, launcher.home());
        owned.close(); // releases the data directory's lock
        try {
            owned = LocalElasticsearch.start(launcher);
            restarts++;
            lastRestart = now;
            failedAttempts = 0;
            nextAttempt = null;
            lastError = null;
            LOG.info("Local Elasticsearch is back at {} (restart {})", url, restarts);
            return true;
        } catch (EngineException e) {
            failedAttempts++;
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
            pause = pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
            nextAttempt = now.plus(pause);
            lastError = firstLine(e.getMessage());
            LOG.error("The local Elasticsearch node did not start again (attempt {}): {}. Next attempt in {} s; see {}",
                    failedAttempts, lastError, pause.toSeconds(), launcher.home().resolve("node/logs"));
            return false;
        }
    }

    /** Never waits for a restart in progress. */
    public Supervision supervision() {
        LocalElasticsearch node = owned;
        String state = node == null ? "reused (supervised by the process that started it)"
                : node.running() ? "running" : "stopped: starting it again";
        return new Supervision(state, restarts, Optional.ofNullable(lastRestart), failedAttempts,
                Optional.ofNullable(nextAttempt), Optional.ofNullable(lastError));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (owned != null) {
            owned.close();
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
