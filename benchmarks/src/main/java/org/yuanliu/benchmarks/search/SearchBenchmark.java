package org.yuanliu.benchmarks.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.benchmarks.Http;
import org.yuanliu.benchmarks.Procfs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * wrk against the portal's JSON API with a fixed mix, and the same Elasticsearch requests sent straight to the
 * node. The node requests are captured from the running portal (through {@link CaptureProxy}), not re-derived,
 * so they are exactly what its query builder sends.
 */
public final class SearchBenchmark {
    /** One request of the mix: what a visitor asks and what the node is asked for it. */
    public record MixEntry(String name, String portalPath, List<CaptureProxy.Captured> captured) {
    }

    /** Everything measured. */
    public record Outcome(List<MixEntry> mix, List<Wrk.Result> results, Map<String, Double> cpuSeconds) {
    }

    private final Path root;
    private final URI elasticsearch;
    private final String prefix;
    private final Path work;
    private final long nodePid;

    public SearchBenchmark(Path root, URI elasticsearch, String prefix, Path work, long nodePid) {
        this.root = root;
        this.elasticsearch = elasticsearch;
        this.prefix = prefix;
        this.work = work;
        this.nodePid = nodePid;
    }

    public Outcome run(int warmupSeconds, int seconds) throws IOException {
        Wrk.check();
        Files.createDirectories(work);
        List<String[]> mix = mix();
        List<MixEntry> entries = new ArrayList<>();
        try (CaptureProxy proxy = new CaptureProxy(elasticsearch);
             PortalProcess portal = PortalProcess.start(root, proxy.url(), prefix, work.resolve("portal-capture.log"))) {
            for (String[] m : mix) {
                proxy.record();
                Http.Response response = Http.get(portal.url().resolve(m[1]));
                // only what this request read: writes, the start-up job's alias checks (HEAD, which wrk cannot
                // replay: it waits for a body) and its read of the write journal come from background work
                List<CaptureProxy.Captured> captured = proxy.stop().stream().filter(c -> !c.pathAndQuery().contains("_bulk")
                        && !c.pathAndQuery().contains("_refresh") && !c.method().equals("PUT") && !c.method().equals("DELETE")
                        && !c.method().equals("HEAD") && !c.pathAndQuery().contains("-journal"))
                        .toList();
                if (response.status() != 200) {
                    throw new IOException("the portal answered " + response.status() + " to " + m[1] + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
                if (captured.isEmpty()) {
                    throw new IOException("no Elasticsearch request captured for " + m[1]);
                }
                entries.add(new MixEntry(m[0], m[1], captured));
            }
        }
        List<Wrk.Request> portalRequests = new ArrayList<>();
        List<Wrk.Request> directRequests = new ArrayList<>();
        for (MixEntry e : entries) {
            List<String[]> accept = new ArrayList<>();
            accept.add(new String[] {"Accept", "application/json"});
            portalRequests.add(new Wrk.Request("GET", e.portalPath(), accept, null));
            for (CaptureProxy.Captured c : e.captured()) {
                List<String[]> headers = new ArrayList<>();
                if (c.contentType() != null) {
                    headers.add(new String[] {"Content-Type", c.contentType()});
                }
                if (c.accept() != null) {
                    headers.add(new String[] {"Accept", c.accept()});
                }
                directRequests.add(new Wrk.Request(c.method(), c.pathAndQuery(), headers, c.body()));
            }
        }
        Path portalScript = work.resolve("portal.lua");
        Path directScript = work.resolve("direct.lua");
        Wrk.writeScript(portalScript, portalRequests);
        Wrk.writeScript(directScript, directRequests);
        writeCaptured(entries);

        List<Wrk.Result> results = new ArrayList<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        try (PortalProcess portal = PortalProcess.start(root, elasticsearch, prefix, work.resolve("portal.log"))) {
            Wrk.run("portal", portal.url(), portalScript, 16, warmupSeconds, work.resolve("wrk-warmup-portal.log"));
            Wrk.run("direct", elasticsearch, directScript, 16, warmupSeconds, work.resolve("wrk-warmup-direct.log"));
            for (int connections : new int[] {1, 16}) {
                for (String target : List.of("portal", "direct")) {
                    URI url = target.equals("portal") ? portal.url() : elasticsearch;
                    Path script = target.equals("portal") ? portalScript : directScript;
                    double node0 = Procfs.cpuSeconds(nodePid);
                    double portal0 = Procfs.cpuSeconds(portal.pid());
                    Wrk.Result r = Wrk.run(target, url, script, connections, seconds,
                            work.resolve("wrk-" + target + "-c" + connections + ".log"));
                    cpu.put(target + "-c" + connections + "-node", Procfs.cpuSeconds(nodePid) - node0);
                    cpu.put(target + "-c" + connections + "-portal", Procfs.cpuSeconds(portal.pid()) - portal0);
                    results.add(r);
                    System.out.printf("search: %-6s c=%-2d %7.1f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  errors %d%n",
                            target, connections, r.requestsPerSecond(), r.p50(), r.p95(), r.p99(), r.errors());
                }
            }
            // one CSV export of every passage (streamed; capped by yuanliu.search.max-export-rows): rows/s and memory
            long started = System.nanoTime();
            Http.Response export = Http.get(portal.url().resolve("/api/search/csv"));
            double exportSeconds = (System.nanoTime() - started) / 1e9;
            if (export.status() != 200) {
                throw new IOException("the CSV export answered " + export.status());
            }
            long rows = export.body().split("\r\n\"", -1).length - 1; // rows start with a quoted cell
            cpu.put("export-rows", (double) rows);
            cpu.put("export-seconds", exportSeconds);
            System.out.printf("export: %d CSV rows in %.2f s%n", rows, exportSeconds);
            cpu.put("portal-peak-rss-bytes", (double) Procfs.peakRss(portal.pid()));
        }
        return new Outcome(entries, results, cpu);
    }

    private void writeCaptured(List<MixEntry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        for (MixEntry e : entries) {
            out.append("### ").append(e.name()).append("\nGET ").append(e.portalPath()).append('\n');
            for (CaptureProxy.Captured c : e.captured()) {
                out.append(c.method()).append(' ').append(c.pathAndQuery()).append('\n')
                        .append(new String(c.body(), StandardCharsets.UTF_8)).append('\n');
            }
            out.append('\n');
        }
        Files.writeString(work.resolve("captured-requests.txt"), out.toString());
    }

    /** The fixed mix; facet values are the most frequent ones in the index, so every request finds something. */
    private List<String[]> mix() throws IOException {
        String facets = """
                {"size":0,"aggs":{"country":{"terms":{"field":"country","size":2}},
                "stage":{"terms":{"field":"stage","size":2}},"theme":{"terms":{"field":"theme","size":2}}}}""";
        JsonNode aggs = Http.send("POST", elasticsearch.resolve("/" + prefix + "-passages/_search"), facets).json()
                .path("aggregations");
        String country = top(aggs, "country", "CN");
        String stage = top(aggs, "stage", "1978-2000");
        String theme = top(aggs, "theme", "talent");
        List<String[]> mix = new ArrayList<>();
        mix.add(new String[] {"words", "/api/search?q=" + enc("国际科技合作")});
        mix.add(new String[] {"two words", "/api/search?q=" + enc("自主创新 人才")});
        mix.add(new String[] {"phrase", "/api/search?q=" + enc("\"一带一路\"")});
        mix.add(new String[] {"word + 2 facets", "/api/search?q=" + enc("合作") + "&country=" + enc(country)
                + "&stage=" + enc(stage)});
        mix.add(new String[] {"3 facets, no words", "/api/search?country=" + enc(country) + "&stage=" + enc(stage)
                + "&theme=" + enc(theme)});
        mix.add(new String[] {"timeline (era, yearly bars)", "/api/search?q=" + enc("科技") + "&from=1949&to=2024&interval=1"});
        mix.add(new String[] {"quotations", "/api/quotations?q=" + enc("科技")});
        mix.add(new String[] {"quotation phrase + facet", "/api/quotations?q=" + enc("\"自力更生\"") + "&stage=" + enc(stage)});
        return mix;
    }

    private static String top(JsonNode aggs, String name, String fallback) {
        JsonNode buckets = aggs.path(name).path("buckets");
        return buckets.size() > 0 ? buckets.get(0).path("key").asText() : fallback;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
