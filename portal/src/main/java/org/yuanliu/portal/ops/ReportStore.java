package org.yuanliu.portal.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Finished indexing reports as JSON files ({@code data/reports/<job id>.json}), so that what happened at the last
 * start or upload can be read after a restart. The newest {@code keep-reports} are kept.
 */
@Singleton
public class ReportStore {
    private static final Logger LOG = LoggerFactory.getLogger(ReportStore.class);

    private final Path directory;
    private final int keep;
    private final JsonMapper json;

    public ReportStore(IndexingSettings settings, JsonMapper json) {
        this.directory = settings.reports().toAbsolutePath().normalize();
        this.keep = Math.max(1, settings.keepReports());
        this.json = json;
    }

    public synchronized void save(IndexingReport report) {
        try {
            Files.createDirectories(directory);
            Path tmp = directory.resolve(report.id() + ".json.tmp");
            Files.write(tmp, json.writeValueAsBytes(report));
            Files.move(tmp, directory.resolve(report.id() + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            List<Path> files = files();
            for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the indexing report {} in {}: {}", report.id(), directory, e.getMessage());
        }
    }

    /** The kept reports, newest first. */
    public synchronized List<IndexingReport> load() {
        List<IndexingReport> reports = new ArrayList<>();
        try {
            for (Path file : files()) {
                try {
                    reports.add(json.readValue(Files.readAllBytes(file), IndexingReport.class));
                } catch (IOException e) {
                    LOG.warn("Skipping unreadable indexing report {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list indexing reports in {}: {}", directory, e.getMessage());
        }
        return reports;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }
}
