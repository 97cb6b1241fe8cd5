package org.yuanliu.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.yuanliu.benchmarks.corpus.CjkFont;
import org.yuanliu.benchmarks.corpus.CorpusGenerator;
import org.yuanliu.benchmarks.corpus.SamplePool;
import org.yuanliu.benchmarks.indexing.PipelineRun;
import org.yuanliu.benchmarks.indexing.StageProfile;
import org.yuanliu.benchmarks.indexing.TikaFloor;
import org.yuanliu.benchmarks.report.Report;
import org.yuanliu.benchmarks.search.SearchBenchmark;
import org.yuanliu.engine.EngineSettings;
import org.yuanliu.engine.LocalElasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole benchmark suite (run by {@code bin/benchmark}): corpus, indexing at each scale against the Tika floor,
 * a stage profile, search through the portal against the node, IK throughput with JMH, and the report.
 */
public final class Suite {
    public static final String PREFIX = "bench";

    /** One scale's indexing figures. */
    public record ScaleRun(int documents, JsonNode floor, JsonNode pipeline, double nodeCpuPipeline,
                           double nodeCpuFloor, JsonNode indexStats) {
    }

    /** Options from the command line. */
    public static final class Options {
        public int count = 1000;
        public List<Integer> scales = new ArrayList<>();
        public long seed = 20261126L;
        public Path root = Path.of("").toAbsolutePath();
        public Path work;
        public Path docs;
        public int threads = 2;
        public List<String> jvm = List.of("-Xms256m", "-Xmx1g");
        public int searchSeconds = 20;
        public int warmupSeconds = 10;
        public boolean search = true;
        public boolean jmh = true;
        public String command = "bin/benchmark";
    }

    public static void main(String[] args) throws Exception {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> o.count = Integer.parseInt(args[++i]);
                case "--scales" -> {
                    for (String s : args[++i].split(",")) {
                        o.scales.add(Integer.parseInt(s.strip()));
                    }
                }
                case "--seed" -> o.seed = Long.parseLong(args[++i]);
                case "--root" -> o.root = Path.of(args[++i]).toAbsolutePath();
                case "--work" -> o.work = Path.of(args[++i]).toAbsolutePath();
                case "--docs" -> o.docs = Path.of(args[++i]).toAbsolutePath();
                case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                case "--jvm" -> o.jvm = List.of(args[++i].trim().split("\\s+"));
                case "--search-seconds" -> o.searchSeconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> o.warmupSeconds = Integer.parseInt(args[++i]);
                case "--no-search" -> o.search = false;
                case "--no-jmh" -> o.jmh = false;
                case "--command" -> o.command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (o.work == null) {
            o.work = o.root.resolve("target/benchmark");
        }
        if (o.docs == null) {
            o.docs = o.root.resolve("docs");
        }
        TreeSet<Integer> scales = new TreeSet<>(o.scales);
        if (scales.isEmpty()) {
            scales.add(Math.max(1, o.count / 10));
            scales.add(Math.max(1, o.count * 3 / 10));
        }
        scales.add(o.count);
        o.scales = new ArrayList<>(scales);
        new Suite().run(o);
        System.exit(0); // nothing of ours left running; do not wait for library threads
    }

    private void run(Options o) throws Exception {
        long started = System.nanoTime();
        Path logs = o.work.resolve("logs");
        Path results = o.work.resolve("results");
        Files.createDirectories(logs);
        Files.createDirectories(results);
        int largest = o.scales.get(o.scales.size() - 1);

        // 1. corpus
        Path corpusDir = o.work.resolve("corpus");
        Map<String, String> corpus = corpus(o, corpusDir, largest);
        System.out.println("corpus: " + corpus);

        Report report = new Report(o, corpus);
        // 2. indexing at each scale, against one node
        EngineSettings settings = EngineSettings.fromEnvironment().withHome(o.work.resolve("engine")).withHttpPort(0);
        try (LocalElasticsearch engine = LocalElasticsearch.start(settings)) {
            URI es = engine.url();
            long nodePid = Long.parseLong(Files.readString(o.work.resolve("engine/node/node.pid")).strip());
            report.engine(es, nodePid, settings.heap());
            for (int n : o.scales) {
                deleteIndices(es);
                List<String> common = List.of("--threads", Integer.toString(o.threads), "--limit", Integer.toString(n));
                double nodeBefore = Procfs.cpuSeconds(nodePid);
                Child.Run floor = Child.run(o.jvm, TikaFloor.class.getName(),
                        concat(common, "--out", results.resolve("floor-" + n + ".json").toString(), corpusDir.toString()),
                        results.resolve("floor-" + n + ".json"), logs.resolve("floor-" + n + ".log"), Map.of());
                double nodeFloor = Procfs.cpuSeconds(nodePid) - nodeBefore;
                System.out.printf("floor    N=%-5d %6.1f s%n", n, floor.wallSeconds());
                nodeBefore = Procfs.cpuSeconds(nodePid);
                Child.Run pipeline = Child.run(o.jvm, PipelineRun.class.getName(),
                        concat(common, "--es", es.toString(), "--prefix", PREFIX, "--out",
                                results.resolve("pipeline-" + n + ".json").toString(), corpusDir.toString()),
                        results.resolve("pipeline-" + n + ".json"), logs.resolve("pipeline-" + n + ".log"), Map.of());
                double nodePipeline = Procfs.cpuSeconds(nodePid) - nodeBefore;
                System.out.printf("pipeline N=%-5d %6.1f s (node CPU %.1f s)%n", n, pipeline.wallSeconds(), nodePipeline);
                JsonNode stats = indexStats(es);
                report.scale(new ScaleRun(n, floor.result(), pipeline.result(), nodePipeline, nodeFloor, stats));
            }
            int profiled = Math.min(100, largest);
            Child.Run profile = Child.run(o.jvm, StageProfile.class.getName(),
                    List.of("--warmup", "10", "--limit", Integer.toString(profiled), "--out",
                            results.resolve("profile.json").toString(), corpusDir.toString()),
                    results.resolve("profile.json"), logs.resolve("profile.log"), Map.of());
            report.profile(profile.result());
            System.out.println("stage profile done");

            // 3. search against the largest index
            if (o.search) {
                SearchBenchmark search = new SearchBenchmark(o.root, es, PREFIX, o.work.resolve("search"), nodePid);
                report.search(search.run(o.warmupSeconds, o.searchSeconds));
            }
        }

        // 4. IK with JMH (no node running)
        if (o.jmh) {
            report.ik(jmh(o, results, logs));
        }
        report.totalSeconds((System.nanoTime() - started) / 1e9);
        report.write(o.docs);
        System.out.printf("suite finished in %.1f min; report in %s%n", (System.nanoTime() - started) / 60e9,
                o.docs.resolve("benchmarks.md"));
    }

    static Map<String, String> corpus(Options o, Path dir, int largest) throws Exception {
        Path properties = dir.resolve("corpus.properties");
        if (Files.isRegularFile(properties)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(properties)) {
                p.load(in);
            }
            if (CorpusGenerator.VERSION.equals(p.getProperty("generator")) && Long.toString(o.seed).equals(p.getProperty("seed"))
                    && Integer.parseInt(p.getProperty("count", "0")) == largest) {
                Map<String, String> info = new LinkedHashMap<>();
                p.stringPropertyNames().stream().sorted().forEach(k -> info.put(k, p.getProperty(k)));
                info.put("reused", "true");
                return info;
            }
        }
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        SamplePool pool = SamplePool.read(o.root.resolve("samples"));
        Path font = CjkFont.locate();
        CorpusGenerator.Result r = new CorpusGenerator(pool, font, o.seed).generate(dir, largest, o.threads);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("bytes", Long.toString(r.bytes()));
        info.put("count", Integer.toString(r.documents()));
        info.put("generator", CorpusGenerator.VERSION);
        info.put("pages", Long.toString(r.pages()));
        info.put("seed", Long.toString(o.seed));
        info.put("font", font.toString());
        info.put("generated_s", String.format("%.1f", r.seconds()));
        return info;
    }

    static void deleteIndices(URI es) throws IOException {
        Http.Response r = Http.get(es.resolve("/_cat/indices/" + PREFIX + "-*?h=index&format=json"));
        List<String> names = new ArrayList<>();
        if (r.status() == 200) {
            r.json().forEach(n -> names.add(n.path("index").asText()));
        }
        if (!names.isEmpty()) {
            Http.Response d = Http.send("DELETE", es.resolve("/" + String.join(",", names)), null);
            if (d.status() != 200) {
                throw new IOException("cannot delete " + names + ": " + d.body());
            }
        }
    }

    private static JsonNode indexStats(URI es) throws IOException {
        Http.send("POST", es.resolve("/" + PREFIX + "-*/_flush"), null);
        JsonNode stats = Http.get(es.resolve("/" + PREFIX + "-*/_stats/store,docs")).json();
        ObjectNode out = Http.JSON.createObjectNode();
        out.put("store_bytes", stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong());
        out.put("docs", stats.path("_all").path("primaries").path("docs").path("count").asLong());
        ObjectNode kinds = out.putObject("indices");
        stats.path("indices").fields().forEachRemaining(e -> {
            String name = e.getKey().replaceFirst("-\\d{8}t\\d+$", "");
            kinds.putObject(name).put("docs", e.getValue().path("primaries").path("docs").path("count").asLong())
                    .put("store_bytes", e.getValue().path("primaries").path("store").path("size_in_bytes").asLong());
        });
        return out;
    }

    private static JsonNode jmh(Options o, Path results, Path logs) throws Exception {
        SamplePool pool = SamplePool.read(o.root.resolve("samples"));
        String text = String.join("\n", pool.paragraphs());
        Path textFile = o.work.resolve("ik-text.txt");
        Files.writeString(textFile, text, StandardCharsets.UTF_8);
        Path out = results.resolve("jmh.json");
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of(Child.java(), "-cp", System.getProperty("java.class.path"),
                "org.openjdk.jmh.Main", "org.yuanliu.benchmarks.ik.IkThroughput", "-f", "1", "-wi", "3", "-w", "2s",
                "-i", "5", "-r", "2s", "-rf", "json", "-rff", out.toString(),
                "-jvmArgsAppend", "-Dyuanliu.benchmark.ikText=" + textFile));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve("jmh.log").toFile())
                .start();
        if (p.waitFor() != 0 || !Files.isRegularFile(out)) {
            throw new IOException("JMH failed; see " + logs.resolve("jmh.log") + "\n" + Child.tail(logs.resolve("jmh.log")));
        }
        ObjectNode ik = Http.JSON.createObjectNode();
        ik.put("chars", text.length());
        ik.set("jmh", Http.JSON.readTree(out.toFile()));
        System.out.println("ik: done");
        return ik;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
