package org.yuanliu.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.benchmarks.indexing.PipelineRun;
import org.yuanliu.benchmarks.search.PortalProcess;
import org.yuanliu.benchmarks.search.Wrk;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LocalElasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The portal under load on a realistic corpus ({@code bin/benchmark load}): N generated documents (1,000 by default)
 * indexed by the real indexer, then wrk at 32 connections for 60 s over what readers do — searches with and without
 * facets, an era, quotations, sources, a source page, document pages, the matrix and a CSV export — with the portal
 * on a bounded heap. Prints the figures, writes them to {@code target/load/load.json}, and exits 1 when any request
 * failed or p99 exceeded its limit ({@code --max-p99}, ms), so that CI fails on a regression.
 */
public final class LoadRun {
    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Suite.Options o = new Suite.Options();
        int seconds = 60;
        int connections = 32;
        double maxP99 = 1000;
        String heap = "512m";
        o.count = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> o.count = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--max-p99" -> maxP99 = Double.parseDouble(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--root" -> o.root = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --count N --seconds S --connections C --max-p99 MS --heap 512m --root DIR)");
            }
        }
        Wrk.check();
        o.work = o.root.resolve("target/load");
        Path corpus = o.work.resolve("corpus");
        Path logs = Files.createDirectories(o.work.resolve("logs"));
        System.out.println("load: corpus " + Suite.corpus(o, corpus, o.count));
        EngineSettings settings = EngineSettings.fromEnvironment().withHome(o.work.resolve("engine")).withHttpPort(0);
        int exit;
        try (LocalElasticsearch engine = LocalElasticsearch.start(settings)) {
            URI es = engine.url();
            long held = documents(es);
            if (held == o.count) {
                // the node keeps its data between runs: the same corpus need not be indexed again
                System.out.printf("load: the index already holds the %d documents (delete target/load/engine to index "
                        + "them again)%n", held);
            } else {
                Suite.deleteIndices(es);
                Child.Run indexed = Child.run(o.jvm, PipelineRun.class.getName(), List.of("--threads", "2", "--limit",
                        Integer.toString(o.count), "--es", es.toString(), "--prefix", Suite.PREFIX, "--out",
                        o.work.resolve("pipeline.json").toString(), corpus.toString()), o.work.resolve("pipeline.json"),
                        logs.resolve("pipeline.log"), Map.of());
                System.out.printf("load: indexed %d documents in %.1f s%n", o.count, indexed.wallSeconds());
            }
            try (PortalProcess portal = PortalProcess.start(o.root, es, Suite.PREFIX, logs.resolve("portal.log"),
                    List.of("-Xmx" + heap))) {
                List<String> paths = mix(portal.url());
                List<Wrk.Request> requests = new ArrayList<>();
                ArrayNode alone = Http.JSON.createArrayNode();
                System.out.println("load: each request alone (the second of two, warm):");
                for (String path : paths) {
                    Http.get(portal.url().resolve(path));
                    long started = System.nanoTime();
                    Http.Response response = Http.get(portal.url().resolve(path));
                    double ms = (System.nanoTime() - started) / 1e6;
                    if (response.status() != 200) {
                        throw new IllegalStateException(path + " answered " + response.status());
                    }
                    int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
                    System.out.printf("  %7.0f ms %9d B  %s%n", ms, bytes, path);
                    alone.addObject().put("path", path).put("ms", ms).put("bytes", bytes);
                    requests.add(new Wrk.Request("GET", path, List.<String[]>of(new String[] {"Accept", "*/*"}), null));
                }
                Path script = o.work.resolve("load.lua");
                Wrk.writeScript(script, requests);
                Wrk.run("portal", portal.url(), script, connections, 10, logs.resolve("wrk-warmup.log"));
                Wrk.Result r = Wrk.run("portal", portal.url(), script, connections, seconds, logs.resolve("wrk.log"));
                long rss = Procfs.peakRss(portal.pid());
                System.out.printf("load: %d documents, %d requests of %d kinds at %d connections for %d s: %.1f req/s, "
                                + "p50 %.0f ms, p99 %.0f ms, max %.0f ms, errors %d (%s); portal peak RSS %d MB (heap %s)%n",
                        o.count, r.requests(), paths.size(), connections, seconds, r.requestsPerSecond(), r.p50(), r.p99(),
                        r.max(), r.errors(), r.errorDetail(), rss / (1024 * 1024), heap);
                ObjectNode json = Http.JSON.createObjectNode();
                json.put("documents", o.count).put("connections", connections).put("seconds", seconds)
                        .put("requests", r.requests()).put("requests_per_second", r.requestsPerSecond())
                        .put("p50_ms", r.p50()).put("p99_ms", r.p99()).put("max_ms", r.max()).put("errors", r.errors())
                        .put("portal_peak_rss_bytes", rss).put("portal_heap", heap);
                json.putPOJO("mix", paths);
                json.set("alone", alone);
                Files.writeString(o.work.resolve("load.json"), json.toPrettyString());
                boolean ok = r.errors() == 0 && r.p99() <= maxP99;
                if (!ok) {
                    System.out.printf("load: FAILED: %s%n", r.errors() > 0 ? r.errors() + " requests failed"
                            : "p99 " + Math.round(r.p99()) + " ms is over " + Math.round(maxP99) + " ms");
                }
                exit = ok ? 0 : 1;
            }
        }
        System.exit(exit);
    }

    private static long documents(URI es) {
        try {
            Http.Response count = Http.get(es.resolve("/" + Suite.PREFIX + "-documents/_count"));
            return count.status() == 200 ? count.json().path("count").asLong() : -1;
        } catch (java.io.IOException none) {
            return -1;
        }
    }

    /** What readers ask, with ids and facet values taken from the index so that every request finds something. */
    private static List<String> mix(URI portal) throws Exception {
        JsonNode documents = Http.get(portal.resolve("/api/documents?size=3")).json().path("documents");
        JsonNode sources = Http.get(portal.resolve("/api/sources?size=3")).json().path("sources");
        Map<String, String> named = new LinkedHashMap<>();
        named.put("words", "/api/search?q=" + enc("国际科技合作"));
        named.put("phrase", "/api/search?q=" + enc("\"一带一路\""));
        named.put("facets", "/api/search?q=" + enc("合作") + "&country=SU&stage=1949-1977");
        named.put("era and timeline", "/api/search?q=" + enc("科技") + "&from=1978&to=2000&interval=1");
        named.put("quotations", "/api/quotations?q=" + enc("科技"));
        named.put("sources", "/api/sources?q=" + enc("邓小平"));
        if (!sources.isEmpty()) {
            named.put("source page", "/sources/" + enc(sources.get(0).path("id").asText()));
        }
        for (int i = 0; i < Math.min(2, documents.size()); i++) {
            named.put("document page " + i, "/documents/" + enc(documents.get(i).path("id").asText()));
        }
        named.put("matrix", "/api/matrix");
        named.put("search page", "/search?q=" + enc("自主创新"));
        named.put("csv export", "/api/search/csv?q=" + enc("一带一路") + "&country=CN");
        return List.copyOf(named.values());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
