package org.yuanliu.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

/**
 * Extraction on documents the rules were not written against: the generator typesets the samples' text anew
 * (another font and page size, one or two columns, footnotes in its own style, its own running heads), and
 * what the indexer recovers is compared with what was typeset.
 */
class GeneratedLayoutExtractionTest {

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void paragraphsNotesAndRunningHeadsOfUnseenLayoutsAreRecovered(@TempDir Path dir) throws IOException {
        Path samples = Path.of(System.getProperty("yuanliu.samples", "../samples"));
        Path fontFile = CjkFont.locate();
        SamplePool pool = SamplePool.read(samples);
        new CorpusGenerator(pool, fontFile, 11).generate(dir, 10, 2);

        List<String> typeset = new ArrayList<>();
        try (CjkFont font = CjkFont.open(fontFile)) {
            pool.paragraphs().forEach(p -> typeset.add(compact(font.printable(p))));
        }
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);
        int paragraphs = 0;
        int exact = 0;
        int markers = 0;
        int linked = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(files).hasSize(10);
        for (Path file : files) {
            StructuredDocument document = reader.read(file, reader.identify(file));
            // Running heads carry the page number: every page's printed number is found, one more per page.
            assertThat(document.pages()).allSatisfy(p -> assertThat(p.printedNumber()).as(file + " page " + p.number()).isPresent());
            int first = Integer.parseInt(document.pages().get(0).printedNumber().orElseThrow());
            assertThat(document.pages()).allSatisfy(p ->
                    assertThat(p.printedNumber()).hasValue(String.valueOf(first + p.number() - 1)));
            assertThat(document.headings()).as(file + " headings").isNotEmpty();
            for (Passage p : document.passages()) {
                if (p.kind() != PassageKind.PARAGRAPH) {
                    continue;
                }
                paragraphs++;
                String text = compact(p.text());
                if (typeset.stream().anyMatch(t -> t.equals(text))) {
                    exact++;
                }
                for (MarkerRef m : p.markers()) {
                    markers++;
                    if (!m.noteIds().isEmpty()) {
                        linked++;
                    }
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
        // A paragraph comes back whole — not cut at a line, column or page break, not merged with its neighbour.
        assertThat((double) exact / paragraphs).as("paragraphs recovered exactly: %d of %d", exact, paragraphs)
                .isGreaterThanOrEqualTo(0.85);
        assertThat(markers).isGreaterThan(10);
        assertThat((double) linked / markers).as("note marks linked to their notes: %d of %d", linked, markers)
                .isGreaterThanOrEqualTo(0.9);
    }
}
