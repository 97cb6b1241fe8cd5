package org.yuanliu.portal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.ops.IndexingSettings;

import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * Finds the file a document was indexed from, so readers can open the original at a page. Only files inside the
 * sample corpus and upload directories are served, and only when their bytes still hash to what was indexed.
 */
@Singleton
public final class OriginalFiles {

    /** The part of a document record that identifies its file. */
    @Serdeable
    record StoredFile(@Nullable String fileName, @Nullable String contentHash, @Nullable String mediaType) {
    }

    /** A file that can be served, with its media type. */
    public record Original(Path path, String fileName, String mediaType) {
    }

    private final Engine engine;
    private final Indices indices;
    private final List<Path> roots;

    public OriginalFiles(Engine engine, Indices indices, IndexingSettings settings) {
        this.engine = engine;
        this.indices = indices;
        this.roots = List.of(settings.samples().toAbsolutePath().normalize(), settings.uploads().toAbsolutePath().normalize());
    }

    public Optional<Original> find(String documentId) {
        GetResponse<StoredFile> found = engine.call(client -> client.get(g -> g.index(indices.documents()).id(documentId)
                .sourceIncludes("file_name", "content_hash", "media_type"), StoredFile.class));
        if (!found.found() || found.source() == null || found.source().fileName() == null) {
            return Optional.empty();
        }
        StoredFile stored = found.source();
        for (Path root : roots) {
            Path candidate = root.resolve(stored.fileName()).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate) && hashMatches(candidate, stored.contentHash())) {
                String type = stored.mediaType() == null ? "application/octet-stream" : stored.mediaType();
                return Optional.of(new Original(candidate, candidate.getFileName().toString(), type));
            }
        }
        return Optional.empty();
    }

    private static boolean hashMatches(Path file, @Nullable String expected) {
        try {
            return expected != null && ContentHash.of(file).equals(expected);
        } catch (IOException e) {
            return false;
        }
    }
}
