package org.yuanliu.benchmarks.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.yuanliu.indexer.ocr.ScanReader;
import org.yuanliu.indexer.pdf.PdfLayout;

/**
 * OCR throughput: the scans of the evaluation corpus read by the OCR engine this process chooses ({@code
 * YUANLIU_OCR=tesseract} for Tesseract), one row per document with pages, seconds and seconds per page, and the
 * engine's start-up time apart (PP-OCR's worker loads its models once per process). {@code bin/benchmark ocr} runs
 * it once per engine.
 */
public final class OcrThroughput {
    private OcrThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "evaluation/corpus");
        List<Path> scans;
        try (Stream<Path> files = Files.list(corpus)) {
            scans = files.filter(f -> f.getFileName().toString().startsWith("scan-") && f.toString().endsWith(".pdf"))
                    .sorted().toList();
        }
        ScanReader reader = new ScanReader();
        long started = System.nanoTime();
        if (!reader.available()) {
            System.out.println("ocr: no OCR engine runs here (PP-OCR's native library did not load, Tesseract is not installed)");
            return;
        }
        String engine = reader.engine().orElseThrow();
        double startSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "engine %s, started in %.1f s, %d cores%n", engine, startSeconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-40s %6s %9s %8s %8s%n", "document", "pages", "seconds", "s/page", "pages/s");
        int pages = 0;
        double seconds = 0;
        for (Path scan : scans) {
            long t = System.nanoTime();
            PdfLayout layout = reader.read(scan, 1000, Duration.ofMinutes(30));
            double s = (System.nanoTime() - t) / 1e9;
            int n = layout.pages().size();
            pages += n;
            seconds += s;
            System.out.printf(Locale.ROOT, "%-40s %6d %9.1f %8.2f %8.2f%n", scan.getFileName(), n, s, s / n, n / s);
        }
        System.out.printf(Locale.ROOT, "%-40s %6d %9.1f %8.2f %8.2f%n", "all (" + engine + ")", pages, seconds,
                seconds / pages, pages / seconds);
    }
}
