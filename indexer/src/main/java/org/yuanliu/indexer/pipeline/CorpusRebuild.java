package org.yuanliu.indexer.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yuanliu.indexer.corpus.CorpusRoots;
import org.yuanliu.indexer.corpus.Location;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.read.DocumentReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * A rebuild of everything the index holds, not only of what the caller names: every location in the registry (the
 * {@code locations} of every document record: samples, uploads, files indexed with the command line) is read again
 * into a fresh generation, together with the caller's own inputs. A document none of whose files can be read now
 * (moved, deleted, unreadable, or failing to index) is kept as it was, copied from the old generation, and listed
 * before the swap — or, only if the caller asks, dropped and listed as dropped. A document whose every location now
 * holds other bytes was replaced by them and is not kept.
 */
public final class CorpusRebuild {

    /** Runs the indexer over the inputs into the fresh indices. */
    @FunctionalInterface
    public interface Batch {
        Summary run(IndexTargets fresh, List<InputFiles.Input> inputs) throws IOException;
    }

    /** A document of the old generation the rebuild could not read again, and what became of it. */
    public record Unread(String documentId, String fileName, List<String> locations, String reason, boolean kept) {
    }

    /** What the rebuild did: the batch's outcomes, and the documents it could not read again. */
    public record Result(Summary summary, List<Unread> unread, String generation) {
        public List<Unread> kept() {
            return unread.stream().filter(Unread::kept).toList();
        }

        public List<Unread> dropped() {
            return unread.stream().filter(u -> !u.kept()).toList();
        }
    }

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final CorpusRoots roots;
    private final Clock clock;

    public CorpusRebuild(ElasticsearchClient client, IndexSchema schema, CorpusRoots roots, Clock clock) {
        this.client = client;
        this.schema = schema;
        this.roots = roots;
        this.clock = clock;
    }

    /**
     * @param extra          inputs beyond the registry (new files in the sample or upload directory, paths given)
     * @param dropUnreadable drop the documents that cannot be read again instead of keeping them
     */
    public Result run(List<InputFiles.Input> extra, boolean dropUnreadable, Batch batch) throws IOException {
        IndexWriter live = new IndexWriter(client, IndexTargets.aliases(schema), clock);
        live.recover();
        List<IndexWriter.Stored> registry = live.registered();
        Map<String, InputFiles.Input> inputs = new LinkedHashMap<>();
        for (IndexWriter.Stored document : registry) {
            for (String stored : document.locations()) {
                location(stored).flatMap(l -> InputFiles.of(l, roots)).ifPresent(i -> inputs.putIfAbsent(stored, i));
            }
        }
        extra.forEach(input -> inputs.putIfAbsent(input.location().toString(), input));

        List<Unread> unread = new ArrayList<>();
        String[] generation = new String[1];
        Summary summary = new Rebuild(schema).run(fresh -> {
            generation[0] = fresh.passages();
            Summary indexed = batch.run(fresh, List.copyOf(inputs.values()));
            IndexWriter target = new IndexWriter(client, fresh, clock);
            Set<String> ids = new LinkedHashSet<>();
            registry.forEach(d -> {
                ids.add(d.id());
                if (d.contentHash() != null) {
                    ids.add(DocumentReader.documentId(d.contentHash()));
                }
            });
            Set<String> present = target.storedAll(ids).keySet();
            for (IndexWriter.Stored document : registry) {
                if (present.contains(document.id()) || document.contentHash() != null
                        && present.contains(DocumentReader.documentId(document.contentHash()))) {
                    continue; // read again
                }
                List<String> free = new ArrayList<>();
                for (String stored : document.locations()) {
                    if (target.holders(stored, document.contentHash() == null ? "" : document.contentHash()).isEmpty()) {
                        free.add(stored);
                    }
                }
                if (!document.locations().isEmpty() && free.isEmpty()) {
                    continue; // every location now holds newer bytes: replaced
                }
                String reason = reason(document, free, indexed);
                if (!dropUnreadable) {
                    target.copyFrom(IndexTargets.aliases(schema), document, free);
                }
                unread.add(new Unread(document.id(), document.fileName(), document.locations(), reason, !dropUnreadable));
            }
            target.refresh();
            return indexed;
        });
        return new Result(summary, unread, generation[0]);
    }

    /** Why a document was not read again: its files are gone, or reading them failed. */
    private String reason(IndexWriter.Stored document, List<String> locations, Summary indexed) {
        if (document.locations().isEmpty()) {
            return "the index has no location for it (indexed before locations were recorded, and no file with its "
                    + "bytes was found in the samples or uploads)";
        }
        List<String> reasons = new ArrayList<>();
        for (String stored : locations) {
            Optional<Path> file = location(stored).flatMap(roots::readable);
            if (file.isEmpty()) {
                reasons.add("cannot read " + stored + location(stored).flatMap(roots::resolve)
                        .map(p -> " (" + p + ")").orElse(""));
                continue;
            }
            indexed.failures().stream().filter(f -> f.file().toAbsolutePath().normalize().equals(file.get()))
                    .findFirst().ifPresentOrElse(f -> reasons.add(stored + " failed: " + f.message()),
                            () -> reasons.add(stored + " now holds other content"));
        }
        return String.join("; ", reasons);
    }

    private static Optional<Location> location(String stored) {
        try {
            return Optional.of(Location.parse(stored));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
