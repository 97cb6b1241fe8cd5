package org.yuanliu.indexer;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;

/**
 * A test hook between a client and a real node that plays the engine dying at a chosen moment of a write: from the
 * n-th bulk request on, every request fails — before the bulk reaches the node, or after the node has applied it but
 * before its answer arrives. The node itself keeps whatever it received, as a crashed one would on restart.
 */
public final class FailingTransport implements ElasticsearchTransport {

    /** When the n-th bulk fails. */
    public enum Moment { BEFORE_SENDING, AFTER_APPLYING }

    private final ElasticsearchTransport delegate;
    private final AtomicInteger bulks = new AtomicInteger();
    private volatile int failingBulk;
    private volatile Moment moment = Moment.BEFORE_SENDING;
    private volatile boolean dead;

    /** A transport that passes everything until {@link #arm armed}. */
    public FailingTransport(ElasticsearchTransport delegate) {
        this.delegate = delegate;
    }

    public FailingTransport(ElasticsearchTransport delegate, int failingBulk, Moment moment) {
        this(delegate);
        arm(failingBulk, moment);
    }

    /** The engine dies at the n-th bulk request from now. */
    public void arm(int failingBulk, Moment moment) {
        this.moment = moment;
        this.bulks.set(0);
        this.dead = false;
        this.failingBulk = failingBulk;
    }

    /** The engine is back. */
    public void revive() {
        failingBulk = 0;
        dead = false;
    }

    /** Whether the engine "died". */
    public boolean failed() {
        return dead;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        if (dead) {
            throw new IOException("Connection refused (the test stopped the engine)");
        }
        boolean bulk = request instanceof co.elastic.clients.elasticsearch.core.BulkRequest;
        if (bulk && failingBulk > 0 && bulks.incrementAndGet() == failingBulk) {
            if (moment == Moment.AFTER_APPLYING) {
                delegate.performRequest(request, endpoint, options);
            }
            dead = true;
            throw new IOException("Connection is closed (the test stopped the engine during bulk " + failingBulk + ")");
        }
        return delegate.performRequest(request, endpoint, options);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the indexer writes synchronously"));
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
    public void close() {
        // the delegate belongs to the node's client
    }
}
