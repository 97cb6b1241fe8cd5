package org.yuanliu.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.yuanliu.benchmarks.Suite;
import org.yuanliu.benchmarks.search.SearchBenchmark;
import org.yuanliu.benchmarks.search.Wrk;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes docs/benchmarks.md, the CSV files under docs/benchmarks/ and the scaling chart. */
public final class Report {
    private static final double MB = 1024.0 * 1024.0;

    private final Suite.Options options;
    private final Map<String, String> corpus;
    private final List<Suite.ScaleRun> scales = new ArrayList<>();
    private JsonNode profile;
    private SearchBenchmark.Outcome search;
    private JsonNode ik;
    private double totalSeconds;
    private String nodeHeap = "";

    public Report(Suite.Options options, Map<String, String> corpus) {
        this.options = options;
        this.corpus = corpus;
    }

    public void engine(URI url, long pid, String heap) {
        this.nodeHeap = heap;
    }

    public void scale(Suite.ScaleRun run) {
        scales.add(run);
    }

    public void profile(JsonNode profile) {
        this.profile = profile;
    }

    public void search(SearchBenchmark.Outcome outcome) {
        this.search = outcome;
    }

    public void ik(JsonNode ik) {
        this.ik = ik;
    }

    public void totalSeconds(double seconds) {
        this.totalSeconds = seconds;
    }

    // ------------------------------------------------------------------------------------------------ output

    public void write(Path docs) throws IOException {
        Path data = docs.resolve("benchmarks");
        Files.createDirectories(data);
        writeCsv(data);
        chart(data.resolve("scaling.png"));
        Files.writeString(docs.resolve("benchmarks.md"), markdown());
    }

    private void writeCsv(Path data) throws IOException {
        StringBuilder indexing = new StringBuilder("documents,run,wall_s,documents_per_s,pages_per_s,mb_per_s,"
                + "process_cpu_s,node_cpu_s,peak_rss_mb,pages,mb,index_store_mb,index_records\n");
        for (Suite.ScaleRun s : scales) {
            indexing.append(row(s, "floor", s.floor(), s.nodeCpuFloor(), -1, -1));
            indexing.append(row(s, "pipeline", s.pipeline(), s.nodeCpuPipeline(),
                    s.indexStats().path("store_bytes").asLong() / MB, s.indexStats().path("docs").asLong()));
        }
        Files.writeString(data.resolve("indexing.csv"), indexing.toString());
        if (profile != null) {
            StringBuilder stages = new StringBuilder("stage,ms_per_document\n");
            profile.path("ms_per_document").fields().forEachRemaining(e -> stages.append('"').append(e.getKey())
                    .append("\",").append(f(e.getValue().asDouble(), 2)).append('\n'));
            Files.writeString(data.resolve("stages.csv"), stages.toString());
        }
        if (search != null) {
            StringBuilder s = new StringBuilder("target,connections,requests,seconds,requests_per_s,p50_ms,p90_ms,p95_ms,"
                    + "p99_ms,max_ms,errors,node_cpu_s,portal_cpu_s\n");
            for (Wrk.Result r : search.results()) {
                String key = r.target() + "-c" + r.connections();
                s.append(String.join(",", r.target(), Integer.toString(r.connections()), Long.toString(r.requests()),
                        f(r.seconds(), 1), f(r.requestsPerSecond(), 1), f(r.p50(), 2), f(r.p90(), 2), f(r.p95(), 2),
                        f(r.p99(), 2), f(r.max(), 2), Long.toString(r.errors()),
                        f(search.cpuSeconds().getOrDefault(key + "-node", 0.0), 1),
                        f(search.cpuSeconds().getOrDefault(key + "-portal", 0.0), 1))).append('\n');
            }
            Files.writeString(data.resolve("search.csv"), s.toString());
        }
        if (ik != null) {
            StringBuilder s = new StringBuilder("analyzer,ops_per_s,ops_error,chars_per_op,chars_per_s\n");
            for (JsonNode b : ik.path("jmh")) {
                double ops = b.path("primaryMetric").path("score").asDouble();
                s.append(b.path("params").path("analyzer").asText()).append(',').append(f(ops, 2)).append(',')
                        .append(f(b.path("primaryMetric").path("scoreError").asDouble(), 2)).append(',')
                        .append(ik.path("chars").asLong()).append(',').append(f(ops * ik.path("chars").asLong(), 0))
                        .append('\n');
            }
            Files.writeString(data.resolve("ik.csv"), s.toString());
        }
    }

    private String row(Suite.ScaleRun s, String name, JsonNode r, double nodeCpu, double indexMb, long records) {
        double wall = r.path("wall_s").asDouble();
        long pages = s.pipeline().path("pages").asLong();
        double mb = r.path("bytes").asLong() / MB;
        return String.join(",", Integer.toString(s.documents()), name, f(wall, 2), f(s.documents() / wall, 2),
                f(pages / wall, 1), f(mb / wall, 2), f(r.path("process_cpu_s").asDouble(), 1), f(nodeCpu, 1),
                f(r.path("peak_rss_bytes").asLong() / MB, 0), Long.toString(pages), f(mb, 1),
                indexMb < 0 ? "" : f(indexMb, 1), records < 0 ? "" : Long.toString(records)) + "\n";
    }

    private void chart(Path png) throws IOException {
        if (scales.isEmpty()) {
            return;
        }
        double[] n = scales.stream().mapToDouble(Suite.ScaleRun::documents).toArray();
        double[] pipeline = scales.stream().mapToDouble(s -> s.pipeline().path("wall_s").asDouble()).toArray();
        double[] floor = scales.stream().mapToDouble(s -> s.floor().path("wall_s").asDouble()).toArray();
        double[] node = scales.stream().mapToDouble(Suite.ScaleRun::nodeCpuPipeline).toArray();
        double[] size = scales.stream().mapToDouble(s -> s.indexStats().path("store_bytes").asLong() / MB).toArray();
        XYChart time = new XYChartBuilder().width(640).height(420).title("Indexing time vs documents")
                .xAxisTitle("documents").yAxisTitle("seconds").build();
        style(time);
        series(time.addSeries("pipeline (start → searchable)", n, pipeline), new Color(0xC0392B));
        series(time.addSeries("Tika floor (start → parsed)", n, floor), new Color(0x2471A3));
        series(time.addSeries("node CPU seconds (pipeline run)", n, node), new Color(0x7D7D7D));
        XYChart index = new XYChartBuilder().width(640).height(420).title("Index size vs documents")
                .xAxisTitle("documents").yAxisTitle("MB (primary store, after flush)").build();
        style(index);
        series(index.addSeries("index size", n, size), new Color(0x1E8449));
        BitmapEncoder.saveBitmap(List.of(time, index), 1, 2, png.toString().replaceFirst("\\.png$", ""),
                BitmapEncoder.BitmapFormat.PNG);
    }

    private static void style(XYChart chart) {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("#,###");
    }

    private static void series(XYSeries series, Color color) {
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineStyle(new BasicStroke(2f));
    }

    // ------------------------------------------------------------------------------------------------ markdown

    private String markdown() {
        StringBuilder md = new StringBuilder();
        Suite.ScaleRun big = scales.isEmpty() ? null : scales.get(scales.size() - 1);
        md.append("# Benchmarks\n\n");
        md.append("Generated by `").append(options.command).append("` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(" — ")
                .append(machine()).append(". The whole suite took ").append(f(totalSeconds / 60, 1))
                .append(" min. Raw data: [`docs/benchmarks/`](benchmarks/) (CSV), per-run JSON and logs under `")
                .append(options.root.relativize(options.work)).append("/`.\n\n");
        md.append("Indexing runs each program in a fresh JVM with the same settings (`").append(String.join(" ", options.jvm))
                .append("`, ").append(options.threads).append(" threads); the local node runs with a ").append(nodeHeap)
                .append(" heap on the same two cores. Times are wall clock from process start to exit.\n\n");

        md.append("## Targets\n\n| target | goal | measured | |\n|---|---|---|---|\n");
        if (big != null) {
            double ratio = big.floor().path("wall_s").asDouble() / big.pipeline().path("wall_s").asDouble();
            md.append("| pipeline throughput vs Tika floor (N = ").append(big.documents()).append(") | ≥ 75 % | ")
                    .append(pct(ratio)).append(" | ").append(mark(ratio >= 0.75)).append(" |\n");
            long failed = scales.stream().mapToLong(s -> s.pipeline().path("failed").asLong()).sum();
            md.append("| documents that failed to index | 0 | ").append(failed).append(" | ").append(mark(failed == 0)).append(" |\n");
            Suite.ScaleRun small = scales.get(0);
            double rssSmall = small.pipeline().path("peak_rss_bytes").asLong() / MB;
            double rssBig = big.pipeline().path("peak_rss_bytes").asLong() / MB;
            md.append("| indexer peak RSS bounded | reported, not growing with N | ").append(f(rssSmall, 0)).append(" MB at N = ")
                    .append(small.documents()).append(", ").append(f(rssBig, 0)).append(" MB at N = ").append(big.documents())
                    .append(" | ").append(mark(rssBig <= rssSmall * 1.5 || scales.size() == 1)).append(" |\n");
        }
        if (search != null) {
            for (int c : new int[] {1, 16}) {
                Wrk.Result p = result("portal", c);
                Wrk.Result d = result("direct", c);
                if (p != null && d != null) {
                    double bound = 1.2 * d.p95() + 5;
                    md.append("| portal p95 at ").append(c).append(c == 1 ? " connection" : " connections")
                            .append(" | ≤ 1.2 × direct p95 + 5 ms = ").append(f(bound, 1)).append(" ms | ").append(f(p.p95(), 1))
                            .append(" ms | ").append(mark(p.p95() <= bound)).append(" |\n");
                }
            }
            Wrk.Result p16 = result("portal", 16);
            if (p16 != null) {
                md.append("| portal p95 at 16 connections | < 100 ms | ").append(f(p16.p95(), 1)).append(" ms | ")
                        .append(mark(p16.p95() < 100)).append(" |\n");
            }
            long errors = search.results().stream().mapToLong(Wrk.Result::errors).sum();
            md.append("| error responses under load | 0 | ").append(errors).append(" | ").append(mark(errors == 0)).append(" |\n");
        }
        md.append("| whole suite at N = ").append(options.count).append(" | < 30 min | ").append(f(totalSeconds / 60, 1))
                .append(" min | ").append(mark(totalSeconds < 1800)).append(" |\n\n");

        corpusSection(md);
        indexingSection(md, big);
        searchSection(md);
        ikSection(md);
        analysis(md, big);
        return md.toString();
    }

    private void corpusSection(StringBuilder md) {
        md.append("## Corpus\n\n");
        md.append("`").append(corpus.getOrDefault("count", "?")).append("` synthetic articles, ")
                .append(corpus.getOrDefault("pages", "?")).append(" pages, ")
                .append(f(Long.parseLong(corpus.getOrDefault("bytes", "0")) / MB, 1)).append(" MB (seed ")
                .append(corpus.getOrDefault("seed", "?")).append(", generator version ").append(corpus.getOrDefault("generator", "?"))
                .append(corpus.containsKey("generated_s") ? ", generated in " + corpus.get("generated_s") + " s" : ", reused")
                .append("). `org.yuanliu.benchmarks.corpus.CorpusGenerator` reads the sample PDFs with the indexer ")
                .append("and recombines their headings, paragraphs, tables, footnotes and references into A4 articles ")
                .append("of 5–20 pages set in WenQuanYi Zen Hei (Debian `fonts-wqy-zenhei`, embedded as a subset): a ")
                .append("title block with abstract and keywords, running heads with page numbers, numbered headings, ")
                .append("justified paragraphs with raised circled footnote markers, footnotes in 8 pt under a short rule at ")
                .append("the bottom of the column, ruled tables, a reference list in half the articles, and two columns in ")
                .append("about 30 % of them. Document *i* depends only on the seed and *i*, so the first 100 files of the ")
                .append("1,000-file corpus are the 100-file corpus.\n\n");
        md.append("Generate a corpus on its own (classpath from `benchmarks/target`, after `bin/benchmark` or a build):\n\n")
                .append("```bash\nbin/benchmark --generate-only --count 100    # → target/benchmark/corpus-100/\n")
                .append("bin/benchmark --generate-only --count 1000\nbin/benchmark --generate-only --count 5000   ")
                .append("# ~1 GB, about 5 min on 2 cores\n```\n\n")
                .append("and the scaling run with 5,000 documents: `bin/benchmark --count 5000 --scales 100,1000` ")
                .append("(indexing 5,000 documents alone takes about five times the N = 1,000 figure below).\n\n");
    }

    private void indexingSection(StringBuilder md, Suite.ScaleRun big) {
        if (big == null) {
            return;
        }
        md.append("## Indexing\n\n");
        md.append("| N | run | seconds | documents/s | pages/s | MB/s | process CPU s | node CPU s | peak RSS |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Suite.ScaleRun s : scales) {
            for (String name : List.of("floor", "pipeline")) {
                JsonNode r = name.equals("floor") ? s.floor() : s.pipeline();
                double wall = r.path("wall_s").asDouble();
                md.append("| ").append(s.documents()).append(" | ")
                        .append(name.equals("floor") ? "Tika floor (text only)" : "pipeline (→ searchable)").append(" | ")
                        .append(f(wall, 1)).append(" | ").append(f(s.documents() / wall, 2)).append(" | ")
                        .append(f(s.pipeline().path("pages").asLong() / wall, 1)).append(" | ")
                        .append(f(r.path("bytes").asLong() / MB / wall, 2)).append(" | ")
                        .append(f(r.path("process_cpu_s").asDouble(), 1)).append(" | ")
                        .append(f(name.equals("floor") ? s.nodeCpuFloor() : s.nodeCpuPipeline(), 1)).append(" | ")
                        .append(f(r.path("peak_rss_bytes").asLong() / MB, 0)).append(" MB |\n");
            }
            md.append("| ").append(s.documents()).append(" | **ratio pipeline / floor** | | **")
                    .append(pct(s.floor().path("wall_s").asDouble() / s.pipeline().path("wall_s").asDouble()))
                    .append("** | | | | | |\n");
        }
        md.append("\n");
        JsonNode p = big.pipeline();
        double wall = p.path("wall_s").asDouble();
        int n = big.documents();
        md.append("### Where the pipeline's time goes (N = ").append(n).append(")\n\n");
        md.append("Measured from outside the indexer, with no change to it: the enrichment chain is wrapped (it is an ")
                .append("interface), the Elasticsearch client's transport is wrapped (every request timed by endpoint), ")
                .append("and reading is the worker threads' CPU time minus the enrichment's.\n\n");
        md.append("| part | seconds | per document |\n|---|---:|---:|\n");
        md.append("| JVM start → main | ").append(f(p.path("jvm_to_main_ms").asDouble() / 1000, 2)).append(" | |\n");
        md.append("| create indices | ").append(f(p.path("schema_ms").asDouble() / 1000, 2)).append(" | |\n");
        md.append("| `Indexer.index` (read, enrich, write, refresh) — wall | ").append(f(p.path("index_ms").asDouble() / 1000, 1))
                .append(" | ").append(f(p.path("index_ms").asDouble() / n, 1)).append(" ms |\n");
        double reader = p.path("reader_threads_cpu_s").asDouble() - p.path("enrichment_cpu_s").asDouble();
        md.append("| reading (PDFBox + structure), CPU on the worker threads | ").append(f(reader, 1)).append(" | ")
                .append(f(reader * 1000 / n, 1)).append(" ms |\n");
        md.append("| enrichment (sources → quotations → facets), CPU | ").append(f(p.path("enrichment_cpu_s").asDouble(), 1))
                .append(" | ").append(f(p.path("enrichment_cpu_s").asDouble() * 1000 / n, 1)).append(" ms |\n");
        md.append("| writer thread (identify, look-ups, bulk requests), CPU | ").append(f(p.path("main_thread_cpu_s").asDouble(), 1))
                .append(" | ").append(f(p.path("main_thread_cpu_s").asDouble() * 1000 / n, 1)).append(" ms |\n");
        md.append("| whole indexer process, CPU (incl. GC ").append(f(p.path("gc_s").asDouble(), 1)).append(" s wall, JIT, HTTP) | ")
                .append(f(p.path("process_cpu_s").asDouble(), 1)).append(" | ")
                .append(f(p.path("process_cpu_s").asDouble() * 1000 / n, 1)).append(" ms |\n");
        md.append("| Elasticsearch node, CPU (indexing with IK, refreshes, merges) | ").append(f(big.nodeCpuPipeline(), 1))
                .append(" | ").append(f(big.nodeCpuPipeline() * 1000 / n, 1)).append(" ms |\n");
        md.append("| Tika floor process, CPU | ").append(f(big.floor().path("process_cpu_s").asDouble(), 1)).append(" | ")
                .append(f(big.floor().path("process_cpu_s").asDouble() * 1000 / n, 1)).append(" ms |\n\n");
        md.append("Requests to the node, timed on the writer thread (wall, including the node's work):\n\n")
                .append("| endpoint | calls | per document | wall s | mean ms | operations/call |\n|---|---:|---:|---:|---:|---:|\n");
        p.path("elasticsearch").fields().forEachRemaining(e -> {
            long calls = e.getValue().path("calls").asLong();
            double s = e.getValue().path("wall_s").asDouble();
            long ops = e.getValue().path("operations").asLong();
            md.append("| ").append(e.getKey()).append(" | ").append(calls).append(" | ").append(f((double) calls / n, 1))
                    .append(" | ").append(f(s, 1)).append(" | ").append(f(calls == 0 ? 0 : s * 1000 / calls, 2)).append(" | ")
                    .append(ops == 0 ? "" : f((double) ops / calls, 1)).append(" |\n");
        });
        md.append("\n");
        if (profile != null) {
            md.append("### Time per stage (one thread, ").append(profile.path("documents").asInt())
                    .append(" documents after a warm-up)\n\n| stage | ms per document |\n|---|---:|\n");
            profile.path("ms_per_document").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                    .append(f(e.getValue().asDouble(), 1)).append(" |\n"));
            md.append("\n");
        }
        md.append("### Scaling\n\n![indexing time and index size against N](benchmarks/scaling.png)\n\n");
        md.append("| N | pipeline s | s per 1,000 documents | floor s | index MB | KB per document | index records |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Suite.ScaleRun s : scales) {
            double pw = s.pipeline().path("wall_s").asDouble();
            double size = s.indexStats().path("store_bytes").asLong() / MB;
            md.append("| ").append(s.documents()).append(" | ").append(f(pw, 1)).append(" | ")
                    .append(f(pw * 1000 / s.documents(), 1)).append(" | ").append(f(s.floor().path("wall_s").asDouble(), 1))
                    .append(" | ").append(f(size, 1)).append(" | ").append(f(size * 1024 / s.documents(), 1)).append(" | ")
                    .append(s.indexStats().path("docs").asLong()).append(" |\n");
        }
        if (scales.size() >= 2) {
            double[] x = scales.stream().mapToDouble(Suite.ScaleRun::documents).toArray();
            double[] t = scales.stream().mapToDouble(r -> r.pipeline().path("wall_s").asDouble()).toArray();
            double[] z = scales.stream().mapToDouble(r -> r.indexStats().path("store_bytes").asLong() / MB).toArray();
            double[] ft = fit(x, t);
            double[] fz = fit(x, z);
            md.append("\nLeast-squares lines through the ").append(scales.size()).append(" points: pipeline time = ")
                    .append(f(ft[1], 1)).append(" s + ").append(f(ft[0] * 1000, 0)).append(" ms × N (R² = ")
                    .append(f(ft[2], 4)).append("), index size = ").append(f(fz[1], 1)).append(" MB + ")
                    .append(f(fz[0] * 1024, 1)).append(" KB × N (R² = ").append(f(fz[2], 4)).append("). The intercept of ")
                    .append("the time line is JVM start, index creation and JIT warm-up; ")
                    .append(ft[2] > 0.99 && fz[2] > 0.99 ? "both grow linearly with N, with no per-document cost that rises with the size of the index."
                            : "an R² below 0.99 means the growth is not linear: see the per-1,000 column above.")
                    .append(scales.size() < 3 ? " (Two points always fit a line; run with three or more scales to test it.)" : "")
                    .append("\n");
        }
        md.append("\n");
    }

    private void searchSection(StringBuilder md) {
        if (search == null) {
            return;
        }
        md.append("## Search\n\n");
        md.append("`wrk` runs a fixed mix, cycled in order, against the portal's JSON API and — with the same requests ")
                .append("the portal sent to Elasticsearch, captured through a recording proxy while each API request was ")
                .append("made once — straight against the node. 1 connection uses one wrk thread, 16 connections two; ")
                .append("each measurement lasts ").append(options.searchSeconds).append(" s after a ")
                .append(options.warmupSeconds).append(" s warm-up of each target. wrk, the portal and the node share the ")
                .append("two cores. The index holds the N = ")
                .append(scales.isEmpty() ? "?" : scales.get(scales.size() - 1).documents()).append(" corpus.\n\n");
        md.append("| request | portal API | requests to the node |\n|---|---|---|\n");
        for (SearchBenchmark.MixEntry e : search.mix()) {
            md.append("| ").append(e.name()).append(" | `").append(decode(e.portalPath())).append("` | ");
            List<String> calls = new ArrayList<>();
            e.captured().forEach(c -> calls.add("`" + c.method() + " " + c.pathAndQuery().replaceFirst("\\?.*", "") + "`"));
            md.append(String.join(" + ", calls)).append(" |\n");
        }
        int portalRequests = search.mix().size();
        int directRequests = search.mix().stream().mapToInt(e -> e.captured().size()).sum();
        md.append("\nThe ").append(portalRequests).append(" API requests make ").append(directRequests)
                .append(" requests to the node; the direct mix replays those ").append(directRequests)
                .append(" (bodies in `").append(options.root.relativize(options.work)).append("/search/captured-requests.txt`).\n\n");
        md.append("| target | connections | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | node CPU s | portal CPU s |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Wrk.Result r : search.results()) {
            String key = r.target() + "-c" + r.connections();
            md.append("| ").append(r.target()).append(" | ").append(r.connections()).append(" | ")
                    .append(f(r.requestsPerSecond(), 1)).append(" | ").append(f(r.p50(), 1)).append(" | ")
                    .append(f(r.p95(), 1)).append(" | ").append(f(r.p99(), 1)).append(" | ").append(f(r.max(), 1))
                    .append(" | ").append(r.errors()).append(" | ")
                    .append(f(search.cpuSeconds().getOrDefault(key + "-node", 0.0), 1)).append(" | ")
                    .append(r.target().equals("portal") ? f(search.cpuSeconds().getOrDefault(key + "-portal", 0.0), 1) : "")
                    .append(" |\n");
        }
        md.append("\n| connections | p50 portal/direct | p95 portal/direct | p99 portal/direct | req/s portal/direct | ")
                .append("API requests/s ÷ equivalent node mixes/s |\n|---:|---:|---:|---:|---:|---:|\n");
        for (int c : new int[] {1, 16}) {
            Wrk.Result p = result("portal", c);
            Wrk.Result d = result("direct", c);
            if (p == null || d == null) {
                continue;
            }
            double mixRatio = (p.requestsPerSecond() / portalRequests) / (d.requestsPerSecond() / directRequests);
            md.append("| ").append(c).append(" | ").append(f(p.p50() / d.p50(), 2)).append(" | ").append(f(p.p95() / d.p95(), 2))
                    .append(" | ").append(f(p.p99() / d.p99(), 2)).append(" | ")
                    .append(f(p.requestsPerSecond() / d.requestsPerSecond(), 2)).append(" | ").append(f(mixRatio, 2))
                    .append(" |\n");
        }
        Wrk.Result p1 = result("portal", 1);
        Wrk.Result d1 = result("direct", 1);
        if (p1 != null && d1 != null) {
            double apiMean = 1000 / p1.requestsPerSecond();
            double nodeMean = 1000 / d1.requestsPerSecond();
            double perApi = nodeMean * directRequests / portalRequests;
            md.append("\nAt 1 connection requests run one after another, so mean latency = 1 / throughput: an API request ")
                    .append("takes ").append(f(apiMean, 1)).append(" ms on average, a node request ").append(f(nodeMean, 1))
                    .append(" ms, and the ").append(f((double) directRequests / portalRequests, 1))
                    .append(" node requests one API request causes take ").append(f(perApi, 1))
                    .append(" ms when sent straight to the node: the portal's own share is ").append(f(apiMean - perApi, 1))
                    .append(" ms per API request (").append(pct((apiMean - perApi) / apiMean)).append(").\n");
        }
        double rss = search.cpuSeconds().getOrDefault("portal-peak-rss-bytes", 0.0) / MB;
        md.append("\nLatency ratios compare one API request with one node request; the last column compares whole mixes ")
                .append("(").append(portalRequests).append(" API requests against the ").append(directRequests)
                .append(" node requests they cause). Portal peak RSS: ").append(f(rss, 0)).append(" MB.");
        double exportRows = search.cpuSeconds().getOrDefault("export-rows", 0.0);
        if (exportRows > 0) {
            double exportSeconds = search.cpuSeconds().get("export-seconds");
            md.append(" CSV export of every passage (`/api/search/csv`, streamed over a point in time): ")
                    .append(f(exportRows, 0)).append(" rows in ").append(f(exportSeconds, 2)).append(" s (")
                    .append(f(exportRows / exportSeconds, 0)).append(" rows/s).");
        }
        md.append("\n\n");
    }

    private void ikSection(StringBuilder md) {
        if (ik == null) {
            return;
        }
        md.append("## IK analysis (JMH)\n\n");
        md.append("`org.yuanliu.benchmarks.ik.IkThroughput`: the project's `IkAnalyzer` with the domain dictionary, ")
                .append("in-process, one thread; one operation tokenises the samples' paragraphs (")
                .append(ik.path("chars").asLong()).append(" characters). JMH 1.37, 1 fork, 3 × 2 s warm-up, 5 × 2 s ")
                .append("measurement.\n\n| analyzer | operations/s | characters/s (one core) |\n|---|---:|---:|\n");
        for (JsonNode b : ik.path("jmh")) {
            double ops = b.path("primaryMetric").path("score").asDouble();
            double err = b.path("primaryMetric").path("scoreError").asDouble();
            md.append("| `").append(b.path("params").path("analyzer").asText()).append("` | ").append(f(ops, 1))
                    .append(" ± ").append(f(err, 1)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", ops * ik.path("chars").asLong())).append(" |\n");
        }
        md.append("\n");
    }

    private void analysis(StringBuilder md, Suite.ScaleRun big) {
        md.append("## What misses and why\n\n");
        List<String> notes = new ArrayList<>();
        if (big != null) {
            JsonNode p = big.pipeline();
            JsonNode fl = big.floor();
            int n = big.documents();
            double ratio = fl.path("wall_s").asDouble() / p.path("wall_s").asDouble();
            double floorCpu = fl.path("process_cpu_s").asDouble();
            double pipeCpu = p.path("process_cpu_s").asDouble();
            double nodeCpu = big.nodeCpuPipeline();
            double wall = p.path("wall_s").asDouble();
            double busy = (pipeCpu + nodeCpu) / (2 * wall);
            double reader = p.path("reader_threads_cpu_s").asDouble() - p.path("enrichment_cpu_s").asDouble();
            double esWall = 0;
            for (Iterator<JsonNode> it = p.path("elasticsearch").elements(); it.hasNext(); ) {
                esWall += it.next().path("wall_s").asDouble();
            }
            StringBuilder s = new StringBuilder();
            s.append("**Pipeline vs floor: ").append(pct(ratio)).append(ratio >= 0.75 ? " (target met).** " : " (target ≥ 75 % missed).** ");
            s.append("Per document the floor costs ").append(f(floorCpu * 1000 / n, 0)).append(" ms of CPU; the pipeline costs ")
                    .append(f(pipeCpu * 1000 / n, 0)).append(" ms in the indexer (reading ").append(f(reader * 1000 / n, 0))
                    .append(" ms, enrichment ").append(f(p.path("enrichment_cpu_s").asDouble() * 1000 / n, 0))
                    .append(" ms, writer thread ").append(f(p.path("main_thread_cpu_s").asDouble() * 1000 / n, 0))
                    .append(" ms, the rest GC, JIT and HTTP I/O) plus ").append(f(nodeCpu * 1000 / n, 0))
                    .append(" ms in the Elasticsearch node, which analyses every passage with IK on the same two cores. ")
                    .append("Both cores were ").append(pct(busy)).append(" busy during the pipeline run, so the ratio is ")
                    .append("close to the ratio of CPU per document: ").append(f(floorCpu * 1000 / n, 0)).append(" / ")
                    .append(f((pipeCpu + nodeCpu) * 1000 / n, 0)).append(" = ").append(pct(floorCpu / (pipeCpu + nodeCpu)))
                    .append(".");
            notes.add(s.toString());
            if (profile != null) {
                JsonNode ms = profile.path("ms_per_document");
                double glyphs = ms.path("PDFBox glyph collection (PdfReader)").asDouble();
                double structure = ms.path("structure (PdfStructureExtractor)").asDouble();
                double tika = ms.path("floor: Tika text extraction").asDouble();
                notes.add("**Reading.** On one warmed-up thread PDFBox glyph collection takes " + f(glyphs, 1)
                        + " ms per document against " + f(tika, 1) + " ms for Tika's whole text extraction of the same file ("
                        + pct(glyphs / tika) + "), and structure extraction adds " + f(structure, 1) + " ms ("
                        + pct(structure / tika) + " of the floor). Both parse each PDF once; the structure step (lines, "
                        + "running heads, columns, footnote zones, tables, paragraphs) is the pipeline's own work beyond "
                        + "the floor. Fix: profile `PdfStructureExtractor` on this corpus (allocation per glyph, repeated "
                        + "sorting of lines), and collect glyphs with a lighter `PDFTextStripper` subclass (no sorting, no "
                        + "text output) if glyph collection is above the floor.");
            }
            notes.add("**Writing.** The writer thread spent " + f(esWall, 1) + " s of the " + f(wall, 1)
                    + " s waiting on " + f(callsPerDocument(p), 1) + " requests per document: one look-up of the stored "
                    + "record before parsing (to skip unchanged files), and per batch of 16 documents one multi-get of "
                    + "the stored records, one of the sources they cite and two bulks, while at most "
                    + (2 * options.threads) + " documents are parsed ahead. The node's CPU ("
                    + f(nodeCpu * 1000 / n, 0) + " ms per document) is mostly IK analysis of each passage into `text` "
                    + "(ik_max_word), `text.exact` and `sentences` (standard, one token a character), with offsets in "
                    + "the postings for the unified highlighter, plus merges; the indices refresh only every 50 "
                    + "documents and at the end. What would close the gap, in order of effect: a node on its own "
                    + "machine (its CPU leaves the indexer's two cores); one character-level analysis instead of two "
                    + "(`text.exact` and `sentences` index the same characters); bulks sent asynchronously so that "
                    + "writing never stalls parsing; and a leaner structure stage.");
        }
        if (search != null) {
            Wrk.Result p16 = result("portal", 16);
            Wrk.Result d16 = result("direct", 16);
            Wrk.Result p1 = result("portal", 1);
            Wrk.Result d1 = result("direct", 1);
            if (p16 != null && d16 != null && p1 != null && d1 != null) {
                StringBuilder s = new StringBuilder("**Search.** ");
                int api = search.mix().size();
                int node = search.mix().stream().mapToInt(e -> e.captured().size()).sum();
                s.append("Each API request costs the node ").append(f((double) node / api, 1))
                        .append(" requests on average, made one after another (the search, then look-ups of document ")
                        .append("titles, sources and printed pages for the hits); the latency target compares one API ")
                        .append("request with one node request, so these round trips count against the portal. ");
                s.append("At 1 connection the portal adds ").append(f(p1.p50() - d1.p50(), 1)).append(" ms at the median (p95 ")
                        .append(f(p1.p95(), 1)).append(" vs ").append(f(d1.p95(), 1)).append(" ms direct): JSON parsing of the ")
                        .append("node's answer, building hits, facets and the timeline, and serialising the API response. ")
                        .append("At 16 connections wrk, the portal and the node compete for the two cores (node CPU ")
                        .append(f(search.cpuSeconds().getOrDefault("portal-c16-node", 0.0), 0)).append(" s and portal CPU ")
                        .append(f(search.cpuSeconds().getOrDefault("portal-c16-portal", 0.0), 0)).append(" s in ")
                        .append(options.searchSeconds).append(" s), so latency there is mostly queueing: the portal's p95 is ")
                        .append(f(p16.p95(), 1)).append(" ms against ").append(f(d16.p95(), 1)).append(" ms direct.");
                if (p16.p95() > 1.2 * d16.p95() + 5 || p1.p95() > 1.2 * d1.p95() + 5 || p16.p95() >= 100) {
                    s.append(" Where the latency target is missed, the fix is to spend less CPU per request in the portal ")
                            .append("(the quotation search's second round trip for document titles could be a `terms` ")
                            .append("lookup cached in the portal, and the `_source` of hits could be filtered further), or ")
                            .append("to give the portal and the node their own cores.");
                }
                notes.add(s.toString());
            }
        }
        notes.add("**Indexer robustness (found by this corpus).** When table rows and footnotes share a column, or a "
                + "table follows a column that ends in footnotes, the indexer reads table cells into the footnote; the "
                + "citation key built from it exceeds Elasticsearch's 512-byte `_id` limit, the bulk request is rejected "
                + "with an `ElasticsearchException` that `Indexer` does not catch per file, and the whole batch stops "
                + "(2 of the first 1,000 generated documents did this). The generator therefore keeps tables out of "
                + "columns with footnotes. Fix in the indexer: cap or hash long source ids, and turn a rejected write "
                + "into a failed outcome for that file instead of aborting the batch.");
        for (String note : notes) {
            md.append(note).append("\n\n");
        }
    }

    /** Slope, intercept and R² of the least-squares line y = a x + b. */
    static double[] fit(double[] x, double[] y) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double a = sxx == 0 ? 0 : sxy / sxx;
        double r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new double[] {a, my - a * mx, r2};
    }

    private static double callsPerDocument(JsonNode p) {
        long calls = 0;
        for (Iterator<JsonNode> it = p.path("elasticsearch").elements(); it.hasNext(); ) {
            calls += it.next().path("calls").asLong();
        }
        return (double) calls / Math.max(1, p.path("documents").asLong());
    }

    private Wrk.Result result(String target, int connections) {
        if (search == null) {
            return null;
        }
        return search.results().stream().filter(r -> r.target().equals(target) && r.connections() == connections)
                .findFirst().orElse(null);
    }

    private static String machine() {
        String cpu = "";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")") + ", "
                + memory + " GiB, Java " + System.getProperty("java.version");
    }

    private static String decode(String path) {
        return java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String mark(boolean ok) {
        return ok ? "met" : "**missed**";
    }

    static String f(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}
