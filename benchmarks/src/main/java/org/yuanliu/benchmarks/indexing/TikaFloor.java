package org.yuanliu.benchmarks.indexing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.yuanliu.benchmarks.Procfs;
import org.yuanliu.indexer.pipeline.InputFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The floor: plain Tika text extraction of the same files, in its own JVM with the same settings and threads,
 * from JVM start until every file is parsed. Nothing is stored; the text is only counted.
 *
 * <pre>TikaFloor --threads T --limit N --out result.json DIR</pre>
 */
public final class TikaFloor {
    private TikaFloor() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 2;
        int limit = Integer.MAX_VALUE;
        Path out = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        long mainEntered = Procfs.sinceJvmStartMillis();
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(dir));
        inputs = inputs.subList(0, Math.min(limit, inputs.size()));
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            bytes += Files.size(input.file());
            jobs.add(pool.submit(() -> {
                BodyContentHandler text = new BodyContentHandler(-1);
                Metadata metadata = new Metadata();
                try (InputStream in = Files.newInputStream(input.file())) {
                    parser.parse(in, text, metadata, new ParseContext());
                    chars.addAndGet(text.toString().length());
                    String n = metadata.get("xmpTPg:NPages");
                    pages.addAndGet(n == null ? 0 : Integer.parseInt(n));
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        long parseMillis = (System.nanoTime() - start) / 1_000_000;
        long self = Procfs.self();
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("documents", inputs.size() - failed.get());
        result.put("failed", failed.get());
        result.put("pages", pages.get());
        result.put("bytes", bytes);
        result.put("chars", chars.get());
        result.put("threads", threads);
        result.put("jvm_to_main_ms", mainEntered);
        result.put("parse_ms", parseMillis);
        result.put("jvm_to_parsed_ms", Procfs.sinceJvmStartMillis());
        result.put("process_cpu_s", Procfs.cpuSeconds(self));
        result.put("gc_s", Procfs.gcSeconds());
        result.put("peak_rss_bytes", Procfs.peakRss(self));
        Files.writeString(out, result.toPrettyString());
        System.out.println(result.toPrettyString());
    }
}
