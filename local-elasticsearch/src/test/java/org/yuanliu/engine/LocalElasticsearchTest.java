package org.yuanliu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Starts a real node with the launcher, as whatever user runs the build (root in CI). */
class LocalElasticsearchTest {

    private static String get(URI url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void startsOneNodeWithIkOnADataDirAndStopsIt() throws Exception {
        EngineSettings settings = EngineSettings.fromEnvironment().withHttpPort(0);
        URI url;
        long pid;
        try (LocalElasticsearch engine = LocalElasticsearch.start(settings)) {
            url = engine.url();
            assertThat(url.getHost()).isEqualTo("127.0.0.1");
            assertThat(get(url.resolve("/_cluster/health"))).startsWith("200").contains("\"cluster_name\":\"yuanliu\"");
            assertThat(get(url.resolve("/_cat/plugins?h=component"))).contains("yuanliu-analysis-ik");

            pid = Long.parseLong(Files.readString(settings.nodeDir().resolve("node.pid")).strip());
            ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
            if (NodeAccount.isRoot()) {
                assertThat(node.info().user()).hasValue(settings.account());
            } else {
                assertThat(node.info().user()).hasValue(System.getProperty("user.name"));
            }

            // A second launcher on the same data dir refuses and says where the running node is.
            assertThatThrownBy(() -> LocalElasticsearch.start(settings))
                    .isInstanceOf(EngineAlreadyRunningException.class)
                    .hasMessageContaining(settings.home().toString())
                    .hasMessageContaining(url.toString());
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isIn(java.util.Optional.empty(),
                java.util.Optional.of(false));
        assertThatThrownBy(() -> get(url.resolve("/_cluster/health"))).isInstanceOf(ConnectException.class);
    }

    @Test
    void rejectsBadSettingsWithTheirName() {
        assertThatThrownBy(() -> EngineSettings.from(name -> name.equals("yuanliu.engine.port") ? "http" : null, n -> null))
                .hasMessageContaining("yuanliu.engine.port");
        assertThatThrownBy(() -> EngineSettings.from(name -> name.equals("yuanliu.engine.heap") ? "lots" : null, n -> null))
                .hasMessageContaining("yuanliu.engine.heap");
        assertThat(EngineSettings.from(n -> null, name -> name.equals("YUANLIU_ENGINE_HOME") ? "/tmp/x" : null).home())
                .isEqualTo(Path.of("/tmp/x"));
    }
}
