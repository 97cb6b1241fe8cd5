package org.yuanliu.portal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.corpus.Location;
import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.portal.engine.Engine;
import org.yuanliu.portal.engine.Indices;
import org.yuanliu.portal.ops.IndexingSettings;

import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * Finds the file a document was indexed from, so readers can open the original at a page: one of the locations its
 * record lists (below the sample or upload directory, or a file indexed with the command line), and only while its
 * bytes still hash to what was indexed — so nothing but an indexed document's own bytes is ever served.
 */
@Singleton
public final class OriginalFiles {

    /** The part of a document record that identifies its file. */
    @Serdeable
    record StoredFile(@Nullable String fileName, @Nullable String contentHash, @Nullable String mediaType,
                      @Nullable List<String> locations) {
    }

    /** A file that can be served, with its media type. */
    public record Original(Path path, String fileName, String mediaType) {
    }

    private final Engine engine;
    private final Indices indices;
    private final CorpusRoots roots;

    public OriginalFiles(Engine engine, Indices indices, IndexingSettings settings) {
        this.engine = engine;
        this.indices = indices;
        this.roots = settings.roots();
    }

    public Optional<Original> find(String documentId) {
        GetResponse<StoredFile> found = engine.call(client -> client.get(g -> g.index(indices.documents()).id(documentId)
                .sourceIncludes("file_name", "content_hash", "media_type", "locations"), StoredFile.class));
        if (!found.found() || found.source() == null || found.source().fileName() == null) {
            return Optional.empty();
        }
        StoredFile stored = found.source();
        List<Path> candidates = new java.util.ArrayList<>();
        if (stored.locations() != null) {
            for (String location : stored.locations()) {
                try {
                    roots.readable(Location.parse(location)).ifPresent(candidates::add);
                } catch (IllegalArgumentException malformed) {
                    // not a location this portal wrote; ignored
                }
            }
        }
        // documents indexed before locations were recorded: by name in the two directories
        for (Path root : List.of(roots.samples(), roots.uploads())) {
            Path candidate = root.resolve(stored.fileName()).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                candidates.add(candidate);
            }
        }
        for (Path candidate : candidates) {
            if (hashMatches(candidate, stored.contentHash())) {
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
