package org.yuanliu.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.pipeline.EnrichmentChain;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

/**
 * The layout-diversity evaluation ({@code bin/benchmark quality}): runs the indexer's extraction — the same
 * {@link DocumentReader} and {@link EnrichmentChain} as {@code bin/indexer extract} — on the typeset corpus in
 * {@code evaluation/corpus/} (gold from the source text), on the samples and on the real third-party PDFs in
 * {@code ../shared/real-dev/} when that folder is present (gold from their own text stream and outline), prints a
 * table per document and per family and writes {@code docs/extraction-quality.md} with a chart.
 */
public final class ExtractionQuality {
    /** The real PDFs of the shared folder, beside the repository; a clone elsewhere has none. */
    public static final String REAL_DEV = "../shared/real-dev";

    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
    private final EnrichmentChain enrichment = EnrichmentChain.standard();
    private final QualityScorer scorer = new QualityScorer();

    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path realDev = null;
        boolean write = true;
        boolean samples = true;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--real-dev" -> realDev = Path.of(args[++i]).toAbsolutePath();
                case "--no-samples" -> samples = false;
                case "--no-write" -> write = false;
                case "--misses" -> misses = true;
                case "-h", "--help" -> {
                    System.out.println("bin/benchmark quality [--root DIR] [--real-dev DIR] [--no-samples] [--no-write] [--misses]\n"
                            + "  scores extraction on evaluation/corpus/ (typeset, with gold), samples/ and ../shared/real-dev/\n"
                            + "  (text stream and outline as gold) and writes docs/extraction-quality.md (+ .png);\n"
                            + "  --misses prints the first gold sentences each document lost");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
        }
        realDev = realDev != null ? realDev : root.resolve(REAL_DEV).normalize();
        ExtractionQuality quality = new ExtractionQuality();
        List<DocumentScore> documents = new ArrayList<>(quality.typeset(root.resolve("evaluation/corpus")));
        if (samples) {
            documents.addAll(quality.streams(root.resolve("samples"), "samples (own)"));
        }
        String realDevNote;
        if (Files.isDirectory(realDev)) {
            documents.addAll(quality.streams(realDev, "real-dev"));
            realDevNote = "read from " + root.relativize(realDev);
        } else {
            realDevNote = "skipped: " + REAL_DEV + " is absent here";
            System.out.println("quality: real-dev " + realDevNote);
        }
        QualityReport report = new QualityReport(documents, realDevNote);
        System.out.println(report.text());
        if (misses) {
            documents.forEach(d -> d.missed().forEach(m -> System.out.println("missed  " + d.name() + "  " + m)));
        }
        if (write) {
            Path docs = root.resolve("docs");
            report.write(docs.resolve("extraction-quality.md"), docs.resolve("extraction-quality.png"));
            System.out.println("quality: wrote " + docs.resolve("extraction-quality.md"));
        }
        System.exit(0); // nothing of ours left running; do not wait for library threads
    }

    /** Every {@code NAME.pdf} of the directory that has a {@code NAME.gold.json} beside it. */
    public List<DocumentScore> typeset(Path corpus) throws IOException {
        List<DocumentScore> out = new ArrayList<>();
        for (Path pdf : pdfs(corpus)) {
            Path gold = corpus.resolve(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".gold.json"));
            if (Files.isRegularFile(gold)) {
                out.add(score(pdf, GoldFiles.typeset(gold)));
            }
        }
        return out;
    }

    /** Every PDF of the directory, with its own text stream and outline as gold. */
    public List<DocumentScore> streams(Path directory, String family) throws IOException {
        List<DocumentScore> out = new ArrayList<>();
        for (Path pdf : pdfs(directory)) {
            out.add(score(pdf, GoldFiles.stream(pdf, family)));
        }
        return out;
    }

    /** Extracts one PDF as {@code bin/indexer extract} does and scores it; a rejected file finds nothing. */
    public DocumentScore score(Path pdf, Gold gold) {
        long started = System.nanoTime();
        try {
            StructuredDocument document = reader.read(pdf, reader.identify(pdf));
            EnrichedDocument enriched = enrichment.apply(document);
            double seconds = (System.nanoTime() - started) / 1e9;
            return scorer.score(gold, enriched, document.pages().size(), seconds);
        } catch (RejectedFile e) {
            double seconds = (System.nanoTime() - started) / 1e9;
            Gold rejected = new Gold(gold.name(), gold.family(), "rejected: " + e.getMessage(), gold.sentences(),
                    gold.readingOrder(), gold.headings(), gold.notes(), gold.tableCells(), gold.sourceTitles(), gold.noteUnits());
            StructuredDocument nothing = new StructuredDocument(reader.identify(pdf), null, List.of(), List.of(), List.of(), List.of());
            return scorer.score(rejected, EnrichedDocument.of(nothing), 0, seconds);
        }
    }

    /** Families in the order of the report: typeset families, each producer's total, then the PDFs without gold. */
    public static Map<String, DocumentScore> families(List<DocumentScore> documents) {
        Map<String, List<DocumentScore>> byFamily = new LinkedHashMap<>();
        Map<String, List<DocumentScore>> byProducer = new LinkedHashMap<>();
        documents.stream().sorted((a, b) -> a.family().compareTo(b.family())).forEach(d -> {
            byFamily.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(d);
            if (d.family().contains("/")) {
                byProducer.computeIfAbsent(d.family().substring(0, d.family().indexOf('/')) + " (all)", f -> new ArrayList<>()).add(d);
            }
        });
        Map<String, DocumentScore> out = new LinkedHashMap<>();
        byFamily.forEach((f, ds) -> {
            if (f.contains("/")) {
                out.put(f, DocumentScore.family(f, ds));
            }
        });
        byProducer.forEach((f, ds) -> out.put(f, DocumentScore.family(f, ds)));
        byFamily.forEach((f, ds) -> {
            if (!f.contains("/")) {
                out.put(f, DocumentScore.family(f, ds));
            }
        });
        return out;
    }

    private static List<Path> pdfs(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
    }

    static Optional<Path> realDev(Path root) {
        Path dir = root.resolve(REAL_DEV).normalize();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
