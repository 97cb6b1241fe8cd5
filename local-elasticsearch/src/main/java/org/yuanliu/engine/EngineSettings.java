package org.yuanliu.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where and how the local node runs. Each value comes from a system property, else an environment
 * variable, else a default (see the README's configuration table).
 *
 * @param home            directory holding the unpacked distribution and the node's config, data and logs
 * @param httpPort        loopback HTTP port; 0 picks a free one
 * @param heap            JVM heap of the node, e.g. {@code 512m}
 * @param distributionZip the Elasticsearch distribution zip resolved by Maven
 * @param account         unprivileged account the node runs as when the launcher runs as root
 */
public record EngineSettings(Path home, int httpPort, String heap, Path distributionZip, String account) {

    public static final String ELASTICSEARCH_VERSION = buildProperty("elasticsearch.version");

    public EngineSettings {
        home = home.toAbsolutePath().normalize();
        if (httpPort < 0 || httpPort > 65535) {
            throw new EngineException("yuanliu.engine.port must be between 0 and 65535, got " + httpPort);
        }
        if (!heap.matches("\\d+[mgMG]")) {
            throw new EngineException("yuanliu.engine.heap must look like 512m or 1g, got '" + heap + "'");
        }
    }

    /** Settings from system properties and environment variables, with the documented defaults. */
    public static EngineSettings fromEnvironment() {
        return from(System::getProperty, System::getenv);
    }

    static EngineSettings from(Function<String, String> properties, Function<String, String> environment) {
        Lookup lookup = new Lookup(properties, environment);
        String port = lookup.value("yuanliu.engine.port", "YUANLIU_ENGINE_PORT", "9200");
        int httpPort;
        try {
            httpPort = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new EngineException("yuanliu.engine.port must be a number, got '" + port + "'");
        }
        return new EngineSettings(
                Path.of(lookup.value("yuanliu.engine.home", "YUANLIU_ENGINE_HOME", "data/engine")),
                httpPort,
                lookup.value("yuanliu.engine.heap", "YUANLIU_ENGINE_HEAP", "512m"),
                Path.of(lookup.value("yuanliu.engine.distribution", "YUANLIU_ENGINE_DISTRIBUTION",
                        defaultDistribution().toString())),
                lookup.value("yuanliu.engine.account", "YUANLIU_ENGINE_ACCOUNT", "yuanliu-es"));
    }

    /** System property first, then environment variable, then default. */
    private record Lookup(Function<String, String> properties, Function<String, String> environment) {
        String value(String property, String variable, String defaultValue) {
            String value = properties.apply(property);
            if (value == null || value.isBlank()) {
                value = environment.apply(variable);
            }
            return value == null || value.isBlank() ? defaultValue : value.trim();
        }
    }

    public EngineSettings withHome(Path newHome) {
        return new EngineSettings(newHome, httpPort, heap, distributionZip, account);
    }

    public EngineSettings withHttpPort(int port) {
        return new EngineSettings(home, port, heap, distributionZip, account);
    }

    Path installDir() {
        return home.resolve("elasticsearch-" + ELASTICSEARCH_VERSION);
    }

    Path nodeDir() {
        return home.resolve("node");
    }

    /** The zip Maven resolved at build time; else the same artifact in the default local repository. */
    private static Path defaultDistribution() {
        Path built = Path.of(buildProperty("distribution.zip"));
        if (Files.isRegularFile(built)) {
            return built;
        }
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return Path.of(repository, "org", "elasticsearch", "distribution", "integ-test-zip", "elasticsearch",
                ELASTICSEARCH_VERSION, "elasticsearch-" + ELASTICSEARCH_VERSION + ".zip");
    }

    private static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = EngineSettings.class.getResourceAsStream("engine.properties")) {
            if (in == null) {
                throw new EngineException("engine.properties is missing from the launcher jar: rebuild with mvn package");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new EngineException("cannot read engine.properties from the launcher jar", e);
        }
        return properties.getProperty(name);
    }
}
