package org.yuanliu.benchmarks.indexing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.yuanliu.citation.quotation.QuotationFinder;
import org.yuanliu.facet.PassageTagger;
import org.yuanliu.facet.Taxonomies;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.facet.FacetStage;
import org.yuanliu.indexer.index.IndexRecords;
import org.yuanliu.indexer.pdf.PdfLayout;
import org.yuanliu.indexer.pdf.PdfReader;
import org.yuanliu.indexer.pipeline.InputFiles;
import org.yuanliu.indexer.quotation.QuotationStage;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;
import org.yuanliu.indexer.source.CitationStage;
import org.yuanliu.indexer.structure.PdfStructureExtractor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Time per stage, one file at a time on one thread, after a warm-up: identify (hash + type), PDFBox glyph
 * collection, structure extraction, each enrichment stage (the standard chain's stages, in its order), building
 * and serialising the index records; and, for comparison, Tika's plain text extraction of the same file.
 * The Elasticsearch side (bulk requests, IK analysis in the node) is measured by {@link PipelineRun}.
 *
 * <pre>StageProfile --warmup W --limit N --out result.json DIR</pre>
 */
public final class StageProfile {
    private StageProfile() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 10;
        int limit = 100;
        Path out = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(dir));
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        PdfReader pdf = new PdfReader(ReaderLimits.DEFAULTS.maxPages());
        PdfStructureExtractor structure = new PdfStructureExtractor();
        Taxonomies taxonomies = Taxonomies.loadDefault();
        Map<String, UnaryOperator<EnrichedDocument>> enrichment = new LinkedHashMap<>();
        enrichment.put("sources (CitationStage)", new CitationStage());
        enrichment.put("quotations (QuotationStage)", new QuotationStage(QuotationFinder.standard()));
        enrichment.put("facets (FacetStage)", new FacetStage(new PassageTagger(taxonomies)));
        AutoDetectParser tika = new AutoDetectParser();
        ObjectMapper json = new ObjectMapper();

        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String stage : List.of("identify (SHA-256 + type)", "PDFBox glyph collection (PdfReader)",
                "structure (PdfStructureExtractor)")) {
            nanos.put(stage, 0L);
        }
        enrichment.keySet().forEach(k -> nanos.put(k, 0L));
        nanos.put("index records + JSON", 0L);
        nanos.put("floor: Tika text extraction", 0L);

        int measured = 0;
        long pages = 0;
        int total = Math.min(inputs.size(), warmup + limit);
        for (int n = 0; n < total; n++) {
            boolean counted = n >= warmup || inputs.size() <= warmup;
            InputFiles.Input input = inputs.get(n % inputs.size());
            long t = System.nanoTime();
            SourceFile source = reader.identify(input.file(), input.name());
            t = add(nanos, "identify (SHA-256 + type)", t, counted);
            PdfLayout layout = pdf.read(input.file());
            t = add(nanos, "PDFBox glyph collection (PdfReader)", t, counted);
            StructuredDocument document = structure.extract(source, layout);
            t = add(nanos, "structure (PdfStructureExtractor)", t, counted);
            EnrichedDocument enriched = EnrichedDocument.of(document);
            for (Map.Entry<String, UnaryOperator<EnrichedDocument>> stage : enrichment.entrySet()) {
                enriched = stage.getValue().apply(enriched);
                t = add(nanos, stage.getKey(), t, counted);
            }
            long size = 0;
            for (Passage p : enriched.document().passages()) {
                size += json.writeValueAsBytes(IndexRecords.passage(enriched, p)).length;
            }
            for (var q : enriched.quotations()) {
                size += json.writeValueAsBytes(IndexRecords.quotation(enriched, q)).length;
            }
            size += json.writeValueAsBytes(IndexRecords.document(enriched, Instant.EPOCH)).length;
            t = add(nanos, "index records + JSON", t, counted);
            try (InputStream in = Files.newInputStream(input.file())) {
                tika.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
            }
            add(nanos, "floor: Tika text extraction", t, counted);
            if (counted && size >= 0) {
                measured++;
                pages += document.pages().size();
            }
        }
        ObjectNode result = json.createObjectNode();
        result.put("documents", measured);
        result.put("pages", pages);
        ObjectNode stages = result.putObject("ms_per_document");
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            stages.put(e.getKey(), e.getValue() / 1e6 / Math.max(1, measured));
        }
        Files.writeString(out, result.toPrettyString());
        System.out.println(result.toPrettyString());
    }

    private static long add(Map<String, Long> nanos, String stage, long since, boolean counted) {
        long now = System.nanoTime();
        if (counted) {
            nanos.merge(stage, now - since, Long::sum);
        }
        return now;
    }
}
