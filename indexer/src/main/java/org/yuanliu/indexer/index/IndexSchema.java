package org.yuanliu.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

/**
 * Creates the indices from their definitions behind aliases, and swaps aliases atomically for a full rebuild.
 * Concrete index names carry a generation stamp ({@code yuanliu-passages-20261126t101500123}); readers and
 * writers only ever use the aliases. A replica count, when given, overrides the definitions' (0, for one node) on
 * every index created and on existing ones, so that the command line and the portal keep the same copies.
 */
public final class IndexSchema {
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("uuuuMMdd't'HHmmssSSS");

    private final ElasticsearchClient client;
    private final String prefix;
    private final Clock clock;
    private final OptionalInt replicas;

    public IndexSchema(ElasticsearchClient client, String prefix, Clock clock) {
        this(client, prefix, clock, OptionalInt.empty());
    }

    public IndexSchema(ElasticsearchClient client, String prefix, Clock clock, OptionalInt replicas) {
        if (replicas.isPresent() && replicas.getAsInt() < 0) {
            throw new IllegalArgumentException("replicas must be 0 or more, got " + replicas.getAsInt());
        }
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
        this.replicas = replicas;
    }

    /**
     * A replica count as configured: blank is none (the definitions' own), else a number of 0 or more.
     *
     * @param setting the option or variable, named in the error
     * @throws IllegalArgumentException naming the setting and the value
     */
    public static OptionalInt replicas(String value, String setting) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            throw new IllegalArgumentException(setting + " must be a number of 0 or more, got '" + value + "'");
        }
        return OptionalInt.of(count);
    }

    public String prefix() {
        return prefix;
    }

    public String alias(IndexKind kind) {
        return kind.alias(prefix);
    }

    /**
     * Creates any index whose alias is missing, and adds the fields a newer definition has to existing indices
     * (adding fields is the one mapping change that needs no rebuild).
     *
     * @throws OutdatedIndexException after doing the rest, when an existing index defines a field differently: it
     *                                keeps serving until a rebuild ({@link #createGeneration}, {@link #swapAliases})
     */
    public void ensure() throws IOException {
        String generation = newGeneration();
        List<String> outdated = new ArrayList<>();
        String detail = null;
        for (IndexKind kind : IndexKind.values()) {
            if (!client.indices().existsAlias(a -> a.name(alias(kind))).value()) {
                create(kind, generation, true);
            } else {
                String mappings = kind.mappings();
                try {
                    client.indices().putMapping(p -> p.index(alias(kind)).withJson(new java.io.StringReader(mappings)));
                } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                    outdated.add(alias(kind));
                    detail = detail == null ? e.getMessage() : detail;
                }
                applyReplicas(alias(kind));
            }
        }
        if (!outdated.isEmpty()) {
            throw new OutdatedIndexException(outdated, detail);
        }
    }

    /** Creates a fresh, empty set of indices (without aliases) for a rebuild; returns their names. */
    public Map<IndexKind, String> createGeneration() throws IOException {
        String generation = newGeneration();
        Map<IndexKind, String> names = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            names.put(kind, create(kind, generation, false));
        }
        return names;
    }

    /** Points every alias at the given indices in one atomic request, then deletes the indices they left. */
    public void swapAliases(Map<IndexKind, String> newIndices) throws IOException {
        List<Action> actions = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (Map.Entry<IndexKind, String> entry : newIndices.entrySet()) {
            String alias = alias(entry.getKey());
            for (String old : concreteIndices(alias)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                retired.add(old);
            }
            actions.add(Action.of(a -> a.add(add -> add.index(entry.getValue()).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
        if (!retired.isEmpty()) {
            client.indices().delete(d -> d.index(retired));
        }
    }

    /** Deletes indices (e.g. of a failed rebuild) that no alias points to. */
    public void discard(Map<IndexKind, String> indices) throws IOException {
        client.indices().delete(d -> d.index(List.copyOf(indices.values())).ignoreUnavailable(true));
    }

    public Set<String> concreteIndices(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet();
    }

    private String create(IndexKind kind, String generation, boolean withAlias) throws IOException {
        String name = alias(kind) + "-" + generation;
        try (InputStream definition = kind.definition()) {
            client.indices().create(c -> {
                c.withJson(definition).index(name);
                if (withAlias) {
                    c.aliases(alias(kind), a -> a.isWriteIndex(true));
                }
                return c;
            });
        }
        applyReplicas(name);
        return name;
    }

    private void applyReplicas(String index) throws IOException {
        if (replicas.isPresent()) {
            String count = String.valueOf(replicas.getAsInt());
            client.indices().putSettings(s -> s.index(index).settings(i -> i.numberOfReplicas(count)));
        }
    }

    private String newGeneration() {
        return GENERATION.format(clock.instant().atZone(java.time.ZoneOffset.UTC));
    }
}
