package org.yuanliu.portal.search;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.portal.engine.Engine;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Every hit of a query, a page at a time, in a stable order over one point in time (so that writes during the walk
 * neither repeat nor skip a hit), up to a limit: what an export streams, holding one page in memory, never the
 * whole result. The first page is read when opening, so that an engine that is down fails the request before a
 * response starts. Close to release the point in time.
 *
 * @param <T> the record type of the index
 */
public final class HitPages<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HitPages.class);
    private static final String KEEP_ALIVE = "1m";

    private final Engine engine;
    private final String pit;
    private final Query query;
    private final List<SortOptions> sort;
    private final List<String> fields;
    private final Class<T> type;
    private final int pageSize;
    private long remaining;
    private List<Hit<T>> next;
    private boolean closed;

    private HitPages(Engine engine, String pit, Query query, List<SortOptions> sort, List<String> fields, Class<T> type,
                     int pageSize, long limit) {
        this.engine = engine;
        this.pit = pit;
        this.query = query;
        this.sort = sort;
        this.fields = fields;
        this.type = type;
        this.pageSize = pageSize;
        this.remaining = limit;
    }

    /**
     * Opens a point in time on {@code index} and reads the first page.
     *
     * @param fields the source fields the export needs (a page carries nothing else)
     */
    public static <T> HitPages<T> open(Engine engine, String index, Query query, List<SortOptions> sort,
                                       List<String> fields, Class<T> type, int pageSize, long limit) {
        String pit = engine.call(client -> client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(KEEP_ALIVE))))
                .id();
        HitPages<T> pages = new HitPages<>(engine, pit, query, sort, fields, type, pageSize, limit);
        try {
            pages.next = pages.fetch(List.of());
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** The next page of hits; empty once every hit (or the limit) has been given. */
    public List<Hit<T>> next() {
        List<Hit<T>> page = next;
        if (page.isEmpty()) {
            return page;
        }
        remaining -= page.size();
        next = remaining <= 0 || page.size() < pageSize ? List.of() : fetch(page.get(page.size() - 1).sort());
        return page;
    }

    private List<Hit<T>> fetch(List<FieldValue> after) {
        int size = (int) Math.min(pageSize, remaining);
        if (size <= 0) {
            return List.of();
        }
        return engine.call(client -> client.search(s -> {
            s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                    .query(query).sort(sort).size(size).trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(fields)));
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        }, type)).hits().hits();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            engine.call(client -> client.closePointInTime(c -> c.id(pit)));
        } catch (RuntimeException e) {
            // it expires by itself after its keep-alive
            LOG.debug("Could not close a point in time: {}", e.toString());
        }
    }
}
