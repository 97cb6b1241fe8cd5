package org.yuanliu.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docker/ checked without a Docker engine (also: docker/check.sh). */
class DockerFilesTest {
    private final DockerFiles files = new DockerFiles(root());

    @Test
    void composeFileParsesAndWiresBothServices() throws Exception {
        assertThat(files.composeProblems()).isEmpty();
    }

    @Test
    void everyFileTheDockerfilesCopyExists() throws Exception {
        assertThat(files.copyProblems()).isEmpty();
    }

    @Test
    void containersUseTheConfigurationNamesOfTheLocalRun() throws Exception {
        assertThat(files.configurationProblems()).isEmpty();
        assertThat(files.applicationYmlNames()).contains("ELASTICSEARCH_URL", "YUANLIU_ADMIN_PASSWORD", "YUANLIU_SAMPLES");
    }

    @Test
    void readmeConfigurationTableNamesWhatApplicationYmlReads() throws Exception {
        assertThat(files.readmeProblems()).isEmpty();
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docker"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root with docker/").isNotNull();
        return dir;
    }
}
