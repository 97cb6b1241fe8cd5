package org.yuanliu.benchmarks.indexing;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;

/**
 * Wraps the client's transport and times every request by endpoint (bulk, get, mget, indices.refresh …): the
 * indexer's Elasticsearch stage measured from outside, without a hook in the indexer.
 */
public final class TimingTransport implements ElasticsearchTransport {
    /** Calls, wall time and, for bulk, operations of one endpoint. */
    public static final class Stat {
        public final LongAdder calls = new LongAdder();
        public final LongAdder nanos = new LongAdder();
        public final LongAdder operations = new LongAdder();
    }

    private final ElasticsearchTransport delegate;
    private final Map<String, Stat> stats = new ConcurrentHashMap<>();

    public TimingTransport(ElasticsearchTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        long start = System.nanoTime();
        try {
            return delegate.performRequest(request, endpoint, options);
        } finally {
            Stat stat = stats.computeIfAbsent(endpoint.id(), k -> new Stat());
            stat.calls.increment();
            stat.nanos.add(System.nanoTime() - start);
            if (request instanceof BulkRequest bulk) {
                stat.operations.add(bulk.operations().size());
            }
        }
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return delegate.performRequestAsync(request, endpoint, options);
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    public Map<String, Stat> stats() {
        return new TreeMap<>(stats);
    }
}
