package org.yuanliu.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The node's own config directory (ES_PATH_CONF), data and logs under {@code home/node}: the distribution's
 * defaults plus an elasticsearch.yml for a loopback node that needs none of the modules the minimal distribution
 * lacks: alone (single-node discovery), or a member of a loopback cluster that finds its peers by their transport
 * ports.
 */
final class NodeConfiguration {
    private NodeConfiguration() {
    }

    static void write(Path installDir, Path nodeDir, int httpPort, Optional<ClusterMembership> membership)
            throws IOException {
        Path config = nodeDir.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(nodeDir.resolve("data"));
        Files.createDirectories(nodeDir.resolve("logs"));
        Path defaults = installDir.resolve("config");
        try (Stream<Path> files = Files.walk(defaults)) {
            for (Path source : files.toList()) {
                Path target = config.resolve(defaults.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target);
                }
            }
        }
        String yml = """
                # Written by the Yuanliu launcher on every start; edit EngineSettings instead.
                %s
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                # Acceptable only because the node is bound to loopback; a shared cluster uses TLS and API keys.
                xpack.security.enabled: false
                # A developer laptop's disk filling up should not silently turn indices read-only.
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: false
                """.formatted(membership.map(NodeConfiguration::discovery).orElse("""
                cluster.name: yuanliu
                node.name: yuanliu-local
                discovery.type: single-node""").strip(), nodeDir.resolve("data"), nodeDir.resolve("logs"), httpPort);
        Files.writeString(config.resolve("elasticsearch.yml"), yml);
    }

    private static String discovery(ClusterMembership member) {
        String seeds = member.peerTransportPorts().stream().map(port -> "\"127.0.0.1:" + port + "\"")
                .collect(Collectors.joining(", "));
        String masters = member.initialMasterNodes().stream().map(name -> "\"" + name + "\"")
                .collect(Collectors.joining(", "));
        // initial_master_nodes only matters for the very first election; a restarted member finds the cluster it
        // belongs to in its own data and ignores it.
        return """
                cluster.name: %s
                node.name: %s
                transport.port: %d
                discovery.seed_hosts: [%s]
                cluster.initial_master_nodes: [%s]""".formatted(member.cluster(), member.nodeName(),
                member.transportPort(), seeds, masters);
    }
}
