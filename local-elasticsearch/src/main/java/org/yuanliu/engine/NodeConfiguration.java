package org.yuanliu.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The node's own config directory (ES_PATH_CONF), data and logs under {@code home/node}: the distribution's
 * defaults plus an elasticsearch.yml for a single loopback node that needs none of the modules the minimal
 * distribution lacks.
 */
final class NodeConfiguration {
    private NodeConfiguration() {
    }

    static void write(Path installDir, Path nodeDir, int httpPort) throws IOException {
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
                cluster.name: yuanliu
                node.name: yuanliu-local
                path.data: %s
                path.logs: %s
                discovery.type: single-node
                network.host: 127.0.0.1
                http.port: %d
                # Acceptable only because the node is bound to loopback; a shared cluster uses TLS and API keys.
                xpack.security.enabled: false
                # A developer laptop's disk filling up should not silently turn indices read-only.
                cluster.routing.allocation.disk.threshold_enabled: false
                action.destructive_requires_name: false
                """.formatted(nodeDir.resolve("data"), nodeDir.resolve("logs"), httpPort);
        Files.writeString(config.resolve("elasticsearch.yml"), yml);
    }
}
