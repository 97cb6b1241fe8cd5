package org.yuanliu.benchmarks.indexing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.yuanliu.benchmarks.Procfs;
import org.yuanliu.indexer.index.IndexSchema;
import org.yuanliu.indexer.index.IndexTargets;
import org.yuanliu.indexer.index.IndexWriter;
import org.yuanliu.indexer.pipeline.Enrichment;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.pipeline.Indexer;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.pipeline.Outcome;
import org.yuanliu.indexer.pipeline.Summary;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * The whole indexing pipeline in its own JVM, exactly as the {@code indexer} command builds it (reader, standard
 * enrichment chain, writer behind aliases, N threads, skip-by-content-hash on): the benchmark times the process
 * from its start until the final refresh has made every document searchable. Stages are timed from outside: the
 * enrichment chain is wrapped (it is an interface), the Elasticsearch transport is wrapped (every bulk, get, mget
 * and refresh), and the reader's share is the worker threads' CPU time minus the enrichment's.
 *
 * <pre>PipelineRun --es URL --prefix P --threads T --limit N --out result.json DIR</pre>
 */
public final class PipelineRun {
    private PipelineRun() {
    }

    public static void main(String[] args) throws Exception {
        URI es = null;
        String prefix = "bench";
        int threads = 2;
        int limit = Integer.MAX_VALUE;
        Path out = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--es" -> es = URI.create(args[++i]);
                case "--prefix" -> prefix = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        long mainEntered = Procfs.sinceJvmStartMillis();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(dir));
        inputs = inputs.subList(0, Math.min(limit, inputs.size()));
        long bytes = 0;
        for (InputFiles.Input input : inputs) {
            bytes += Files.size(input.file());
        }

        RestClient rest = RestClient.builder(HttpHost.create(es.toString())).build();
        TimingTransport transport = new TimingTransport(new RestClientTransport(rest, new JacksonJsonpMapper()));
        LongAdder enrichNanos = new LongAdder();
        LongAdder enrichCpu = new LongAdder();
        Enrichment standard = EnrichmentChain.standard();
        Enrichment timed = document -> {
            long wall = System.nanoTime();
            long cpu = threadBean.getCurrentThreadCpuTime();
            try {
                return standard.apply(document);
            } finally {
                enrichCpu.add(threadBean.getCurrentThreadCpuTime() - cpu);
                enrichNanos.add(System.nanoTime() - wall);
            }
        };
        AtomicLong pages = new AtomicLong();
        ObjectNode result = new ObjectMapper().createObjectNode();
        long mainCpuStart = threadBean.getCurrentThreadCpuTime();
        Summary summary;
        long[] readerCpu = {0};
        long schemaMillis;
        long indexMillis;
        try (ElasticsearchClient client = new ElasticsearchClient(transport)) {
            long t0 = System.nanoTime();
            IndexSchema schema = new IndexSchema(client, prefix, Clock.systemUTC());
            schema.ensure();
            schemaMillis = (System.nanoTime() - t0) / 1_000_000;
            IndexWriter writer = new IndexWriter(client, IndexTargets.aliases(schema), Clock.systemUTC());
            long t1 = System.nanoTime();
            try (Indexer indexer = new Indexer(new DocumentReader(ReaderLimits.DEFAULTS), timed, writer, threads,
                    Duration.ofSeconds(120))) {
                summary = indexer.index(inputs, false, outcome -> pages.addAndGet(outcome.pages()));
                // the worker pool's threads: reading + enrichment (alive until the indexer closes)
                for (long id : threadBean.getAllThreadIds()) {
                    var info = threadBean.getThreadInfo(id);
                    if (info != null && info.getThreadName().startsWith("yuanliu-reader")) {
                        readerCpu[0] += Math.max(0, threadBean.getThreadCpuTime(id));
                    }
                }
            }
            indexMillis = (System.nanoTime() - t1) / 1_000_000;
            long searchable = client.count(c -> c.index(schema.alias(org.yuanliu.indexer.index.IndexKind.DOCUMENTS))).count();
            result.put("searchable_documents", searchable);
        }
        long doneSinceJvmStart = Procfs.sinceJvmStartMillis();
        long mainCpu = threadBean.getCurrentThreadCpuTime() - mainCpuStart;
        long self = Procfs.self();

        result.put("documents", summary.count(Outcome.Status.INDEXED));
        result.put("failed", summary.count(Outcome.Status.FAILED));
        result.put("unchanged", summary.count(Outcome.Status.UNCHANGED));
        result.put("pages", pages.get());
        result.put("bytes", bytes);
        result.put("threads", threads);
        result.put("jvm_to_main_ms", mainEntered);
        result.put("schema_ms", schemaMillis);
        result.put("index_ms", indexMillis);
        result.put("jvm_to_searchable_ms", doneSinceJvmStart);
        result.put("process_cpu_s", Procfs.cpuSeconds(self));
        result.put("gc_s", Procfs.gcSeconds());
        result.put("peak_rss_bytes", Procfs.peakRss(self));
        result.put("reader_threads_cpu_s", readerCpu[0] / 1e9);
        result.put("enrichment_cpu_s", enrichCpu.sum() / 1e9);
        result.put("enrichment_wall_s", enrichNanos.sum() / 1e9);
        result.put("main_thread_cpu_s", mainCpu / 1e9);
        ObjectNode endpoints = result.putObject("elasticsearch");
        transport.stats().forEach((id, stat) -> endpoints.putObject(id).put("calls", stat.calls.sum())
                .put("wall_s", stat.nanos.sum() / 1e9).put("operations", stat.operations.sum()));
        summary.failures().stream().limit(5).forEach(f -> result.withArray("failures").add(f.name() + ": " + f.message()));
        Files.writeString(out, result.toPrettyString());
        System.out.println(result.toPrettyString());
        rest.close();
    }
}
