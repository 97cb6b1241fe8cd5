package org.yuanliu.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Several local nodes on loopback forming one cluster (each with the IK plugin and its own home, data and ports):
 * what a deployment with replicas looks like, on one machine, for trying failover. Members are numbered from 0;
 * {@link #kill(int)} ends one the hard way (SIGKILL, as a crash would) and {@link #restart(int)} brings it back on
 * its data and ports.
 */
public final class LoopbackCluster implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LoopbackCluster.class.getName());

    private final List<EngineSettings> settings;
    private final List<ClusterMembership> memberships;
    private final List<LocalElasticsearch> members;

    private LoopbackCluster(List<EngineSettings> settings, List<ClusterMembership> memberships,
                            List<LocalElasticsearch> members) {
        this.settings = settings;
        this.memberships = memberships;
        this.members = members;
    }

    /**
     * Starts {@code size} members under {@code home/node-i} with the given heap each, together (the first election
     * needs most of them); returns when the cluster is at least yellow.
     */
    public static LoopbackCluster start(EngineSettings base, Path home, int size, String heap) {
        if (size < 1) {
            throw new EngineException("a cluster needs at least one node, got " + size);
        }
        List<EngineSettings> settings = new ArrayList<>();
        List<Integer> transportPorts = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                settings.add(new EngineSettings(home.resolve("node-" + i), LocalElasticsearch.freePort(), heap,
                        base.distributionZip(), base.account()));
                transportPorts.add(LocalElasticsearch.freePort());
            }
        } catch (IOException e) {
            throw new EngineException("no free port on 127.0.0.1 for a loopback cluster: " + e.getMessage(), e);
        }
        List<String> names = IntStream.range(0, size).mapToObj(i -> "yuanliu-" + i).toList();
        String cluster = "yuanliu-loopback-" + home.getFileName();
        List<ClusterMembership> memberships = IntStream.range(0, size).mapToObj(i ->
                new ClusterMembership(cluster, names.get(i), transportPorts.get(i), transportPorts, names)).toList();
        // one thread per member (not the common pool, which may have one thread on two cores): they wait for each other
        ExecutorService launchers = Executors.newFixedThreadPool(size);
        List<CompletableFuture<LocalElasticsearch>> starting = IntStream.range(0, size).mapToObj(i ->
                CompletableFuture.supplyAsync(() -> LocalElasticsearch.startMember(settings.get(i), memberships.get(i)),
                        launchers)).toList();
        launchers.shutdown();
        List<LocalElasticsearch> members = new ArrayList<>();
        EngineException failure = null;
        for (CompletableFuture<LocalElasticsearch> member : starting) {
            try {
                members.add(member.join());
            } catch (CompletionException e) {
                failure = e.getCause() instanceof EngineException engine ? engine
                        : new EngineException("a cluster member did not start: " + e.getCause(), e.getCause());
            }
        }
        if (failure != null) {
            members.forEach(LocalElasticsearch::close);
            throw failure;
        }
        LOG.info(() -> "Loopback cluster " + cluster + " of " + size + " nodes is up");
        return new LoopbackCluster(settings, memberships, members);
    }

    /** Every member's HTTP URL, member 0 first. */
    public List<URI> urls() {
        return settings.stream().map(s -> URI.create("http://127.0.0.1:" + s.httpPort())).toList();
    }

    /** Ends member {@code i} at once (SIGKILL), without letting it leave the cluster cleanly. */
    public synchronized void kill(int i) {
        LocalElasticsearch member = members.get(i);
        OptionalLong pid = member.pid();
        if (pid.isPresent()) {
            ProcessHandle.of(pid.getAsLong()).ifPresent(process -> {
                process.destroyForcibly();
                try {
                    process.onExit().get(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    throw new EngineException("member " + i + " (pid " + pid.getAsLong() + ") did not end: " + e, e);
                }
            });
        }
        member.close(); // nothing left to stop: releases the member's lock
    }

    /** Starts member {@code i} again on its data and ports; returns once the cluster is at least yellow. */
    public synchronized void restart(int i) {
        members.set(i, LocalElasticsearch.startMember(settings.get(i), memberships.get(i)));
    }

    @Override
    public void close() {
        members.forEach(LocalElasticsearch::close);
    }
}
