package org.yuanliu.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The ratchet on the layout-diversity evaluation: extraction of the committed corpus (evaluation/corpus/, typeset by
 * LibreOffice and XeLaTeX, gold from the source text) and of ../shared/real-dev/ (when present) must not get worse
 * than it was measured (docs/extraction-quality.md). The floors sit just below today's numbers: raise them when the
 * extraction gets better, never lower them to let a change through.
 */
class ExtractionQualityTest {

    /** A family's floors; NaN: not checked (the measure does not apply). Edit distance is a ceiling. */
    record Floors(double sentences, double editDistance, double headingP, double headingR, double linkP, double linkR,
                  double linkF1, double notesExact, double cells, double titles) {
    }

    private static final double NA = Double.NaN;

    // measured 2026-12-01 (family: sentences, edit, heading P/R, link P/R/F1, notes exact, cells, titles):
    //   libreoffice/one-column 0.99 0.07 1.00 1.00 1.00 0.75 0.86 0.75 0.82 0.78
    //   libreoffice/two-column 0.72 0.20 0.57 0.80 0.70 0.32 0.44 0.55 0.29 0.24
    //   xelatex/one-column     0.98 0.09 1.00 1.00 1.00 0.67 0.80 0.67 0.57 0.29
    //   xelatex/two-column     0.80 0.13 0.64 0.78 0.43 0.43 0.43 0.43 0.00 –
    private static final Map<String, Floors> TYPESET = Map.of(
            "libreoffice/one-column", new Floors(0.98, 0.09, 0.98, 0.98, 0.98, 0.73, 0.84, 0.73, 0.80, 0.75),
            "libreoffice/two-column", new Floors(0.70, 0.22, 0.55, 0.78, 0.68, 0.30, 0.42, 0.53, 0.27, 0.22),
            "xelatex/one-column", new Floors(0.96, 0.11, 0.98, 0.98, 0.98, 0.65, 0.78, 0.65, 0.55, 0.27),
            "xelatex/two-column", new Floors(0.78, 0.15, 0.62, 0.76, 0.41, 0.41, 0.41, 0.41, 0.00, NA));
    //   real-dev 0.42, heading P 0.11, R 0.58 (outline as gold, 3 of 7 PDFs have one); samples (own) 0.85
    private static final Floors REAL_DEV = new Floors(0.40, NA, 0.09, 0.56, NA, NA, NA, NA, NA, NA);
    private static final Floors SAMPLES = new Floors(0.83, NA, NA, NA, NA, NA, NA, NA, NA, NA);

    private static Path root() {
        String samples = System.getProperty("yuanliu.samples");
        return samples != null ? Path.of(samples).toAbsolutePath().getParent() : Path.of("..").toAbsolutePath().normalize();
    }

    @Test
    void typesetCorpusKeepsItsScores() throws IOException {
        Path corpus = root().resolve("evaluation/corpus");
        List<DocumentScore> documents = new ExtractionQuality().typeset(corpus);
        assertThat(documents).as("typeset PDFs with gold in " + corpus).hasSizeGreaterThanOrEqualTo(5);
        Map<String, DocumentScore> families = ExtractionQuality.families(documents);
        assertThat(families).containsKeys(TYPESET.keySet().toArray(String[]::new));
        SoftAssertions soft = new SoftAssertions();
        TYPESET.forEach((family, floors) -> check(soft, families.get(family), floors));
        soft.assertAll();
    }

    @Test
    void realPdfsKeepTheirScores() throws IOException {
        Path realDev = root().resolve(ExtractionQuality.REAL_DEV).normalize();
        assumeTrue(Files.isDirectory(realDev), "skipped: " + realDev + " is absent (the real third-party PDFs live beside"
                + " the repository, never in it)");
        ExtractionQuality quality = new ExtractionQuality();
        List<DocumentScore> documents = new ArrayList<>(quality.streams(realDev, "real-dev"));
        documents.addAll(quality.streams(root().resolve("samples"), "samples (own)"));
        Map<String, DocumentScore> families = ExtractionQuality.families(documents);
        SoftAssertions soft = new SoftAssertions();
        check(soft, families.get("real-dev"), REAL_DEV);
        check(soft, families.get("samples (own)"), SAMPLES);
        soft.assertAll();
    }

    private static void check(SoftAssertions soft, DocumentScore score, Floors floors) {
        floor(soft, score, "sentence recall", floors.sentences(), s -> s.sentences().value());
        floor(soft, score, "heading precision", floors.headingP(), s -> s.headingsRight().value());
        floor(soft, score, "heading recall", floors.headingR(), s -> s.headingsFound().value());
        floor(soft, score, "link precision", floors.linkP(), s -> s.linksRight().value());
        floor(soft, score, "link recall", floors.linkR(), s -> s.linksFound().value());
        floor(soft, score, "link F1", floors.linkF1(), DocumentScore::linkF1);
        floor(soft, score, "notes exact", floors.notesExact(), s -> s.notesExact().value());
        floor(soft, score, "table cells", floors.cells(), s -> s.cells().value());
        floor(soft, score, "source titles", floors.titles(), s -> s.titles().value());
        if (!Double.isNaN(floors.editDistance())) {
            soft.assertThat(score.editDistance()).as(score.name() + " edit distance (a ceiling)")
                    .isLessThanOrEqualTo(floors.editDistance());
        }
    }

    private static void floor(SoftAssertions soft, DocumentScore score, String what, double floor,
                              ToDoubleFunction<DocumentScore> measure) {
        if (!Double.isNaN(floor)) {
            soft.assertThat(measure.applyAsDouble(score)).as(score.name() + " " + what).isGreaterThanOrEqualTo(floor);
        }
    }
}
