package org.yuanliu.indexer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.document.StructuredDocument;

/** Each hostile file is read or rejected with a reason a person can act on; never an unexplained exception. */
class BadInputTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);

    private StructuredDocument read(Path file) {
        return reader.read(file, reader.identify(file));
    }

    private void assertRejected(Path file, Reason reason, String messagePart) {
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(RejectedFile.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(messagePart);
            assertThat(e.file()).isEqualTo(file);
        });
    }

    @Test
    void emptyTruncatedAndRandomFiles() throws IOException {
        assertRejected(Files.write(dir.resolve("zero.pdf"), new byte[0]), Reason.EMPTY, "empty");
        Path random = BadFiles.randomBytes(dir.resolve("random.pdf"));
        assertThatThrownBy(() -> read(random)).isInstanceOfSatisfying(RejectedFile.class,
                e -> assertThat(e.reason()).isIn(Reason.CORRUPT, Reason.NOT_SUPPORTED));
        Path truncated = BadFiles.truncated(Samples.file(Samples.PARTY_HISTORY), dir.resolve("truncated.pdf"));
        try {
            // PDFBox recovers what it can from a truncated file; then some pages are indexed.
            assertThat(read(truncated).passages()).isNotEmpty();
        } catch (RejectedFile e) {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        }
        assertRejected(dir.resolve("missing.pdf"), Reason.NOT_FOUND, "no such file");
    }

    @Test
    void encryptedWithAUserPasswordIsRejectedOwnerOnlyIsRead() throws IOException {
        assertRejected(BadFiles.encrypted(dir.resolve("locked.pdf"), "user-secret"), Reason.ENCRYPTED, "password");
        assertThat(read(BadFiles.encrypted(dir.resolve("owner-only.pdf"), "")).passages())
                .anyMatch(p -> p.text().contains("Encrypted policy text"));
    }

    @Test
    void pageLimitNamesTheLimitAndHowToRaiseIt() throws IOException {
        Path big = BadFiles.manyPages(dir.resolve("two-thousand.pdf"), 2000);
        DocumentReader strict = new DocumentReader(new ReaderLimits(ReaderLimits.DEFAULTS.maxBytes(), 500,
                Duration.ofSeconds(60), false));
        assertThatThrownBy(() -> strict.read(big, strict.identify(big))).isInstanceOfSatisfying(RejectedFile.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.getMessage()).contains("2000 pages", "500", "--max-pages");
        });
        assertThat(read(big).pages()).hasSize(2000);
    }

    @Test
    void fileSizeLimit() throws IOException {
        Path file = BadFiles.manyPages(dir.resolve("small.pdf"), 3);
        DocumentReader tiny = new DocumentReader(new ReaderLimits(100, 10, Duration.ofSeconds(10), false));
        assertThatThrownBy(() -> tiny.identify(file)).isInstanceOfSatisfying(RejectedFile.class,
                e -> assertThat(e.getMessage()).contains("--max-file-size"));
    }

    @Test
    void aGarbledPageOfASoundDocumentIsLeftOutWithoutOcrNotIndexedAsItIs() throws IOException {
        Path file = BadFiles.withGarbledPage(dir.resolve("one-bad-page.pdf"));
        DocumentReader withoutOcr = new DocumentReader(new ReaderLimits(ReaderLimits.DEFAULTS.maxBytes(),
                ReaderLimits.DEFAULTS.maxPages(), ReaderLimits.DEFAULTS.timeout(), false));
        StructuredDocument document = withoutOcr.read(file, withoutOcr.identify(file));
        String text = String.join(" ", document.passages().stream().map(Passage::text).toList());
        assertThat(text).contains("International science and technology cooperation").doesNotContain("#))>");
    }

    @Test
    void aDocumentWhoseFontsHaveNoUnicodeMapIsRefusedSayingSo() throws IOException {
        Path file = BadFiles.punctuationSoup(dir.resolve("type3.pdf"));
        DocumentReader withoutOcr = new DocumentReader(new ReaderLimits(ReaderLimits.DEFAULTS.maxBytes(),
                ReaderLimits.DEFAULTS.maxPages(), ReaderLimits.DEFAULTS.timeout(), false));
        assertThatThrownBy(() -> withoutOcr.read(file, withoutOcr.identify(file)))
                .isInstanceOfSatisfying(RejectedFile.class, e -> assertThat(e.reason()).isEqualTo(Reason.GARBLED_TEXT))
                .hasMessageContaining("no Unicode map").hasMessageContaining("tesseract-ocr-chi-sim")
                .hasMessageNotContaining("NaN");
    }

    @Test
    void aLoopingPageTreeIsReadOncePageByPage() throws IOException {
        StructuredDocument document = read(BadFiles.loopingPageTree(dir.resolve("loop.pdf")));
        String text = String.join(" ", document.passages().stream().map(Passage::text).toList());
        // each page once, and a standard font's letters all there (its outlines come from a substitute font)
        assertThat(text).containsOnlyOnce("Hello, the first page of the looping tree.")
                .containsOnlyOnce("All well on the second page.");
        assertThat(document.pages()).hasSize(2);
    }

    @Test
    void aHugeImageDoesNotStopTheText() throws IOException {
        assertThat(read(BadFiles.hugeImage(dir.resolve("image.pdf"), 6000)).passages())
                .anyMatch(p -> p.text().contains("very large picture"));
    }

    @Test
    void aScanWithoutOcrIsReportedAsHavingNoTextLayer() throws IOException {
        Path scan = BadFiles.scanned(Samples.file(Samples.PARTY_HISTORY), dir.resolve("scan.pdf"));
        DocumentReader noOcr = new DocumentReader(ReaderLimits.DEFAULTS.withOcr(false));
        assertThatThrownBy(() -> noOcr.read(scan, noOcr.identify(scan))).isInstanceOfSatisfying(RejectedFile.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
            assertThat(e.getMessage()).contains("tesseract");
        });
    }

    @Test
    void aScanIsRecognisedByOcrWhereAnEngineRuns() throws IOException {
        assumeTrue(new org.yuanliu.indexer.ocr.ScanReader().available(), "neither PP-OCR nor Tesseract with chi_sim runs here");
        Path scan = BadFiles.scanned(Samples.file(Samples.PARTY_HISTORY), dir.resolve("scan.pdf"));
        StructuredDocument document = read(scan);
        assertThat(document.metadata().ocr()).isTrue();
        String text = String.join("", document.passages().stream().map(p -> p.text()).toList());
        assertThat(text).contains("科技合作");
    }

    @Test
    void aZipBombDocxIsStoppedOrCapped() throws IOException {
        Path bomb = BadFiles.zipBombDocx(dir.resolve("bomb.docx"), 200);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        try {
            StructuredDocument document = read(bomb);
            assertThat(document.passages().stream().mapToInt(p -> p.text().length()).sum()).isLessThanOrEqualTo(20_000_000);
        } catch (RejectedFile e) {
            assertThat(e.reason()).isIn(Reason.CORRUPT, Reason.TOO_LARGE);
        }
    }

    @Test
    void unusualFileNamesAreKept() throws IOException {
        Path chinese = Files.copy(Samples.file(Samples.CAS), dir.resolve("国际 科技合作 (2020).pdf"));
        StructuredDocument document = read(chinese);
        assertThat(document.file().fileName()).isEqualTo("国际 科技合作 (2020).pdf");
        Files.createDirectory(dir.resolve("sub"));
        // A path that walks up ("sub/../name") is the same file with the same name and id.
        assertThat(reader.identify(dir.resolve("sub/../国际 科技合作 (2020).pdf")).id()).isEqualTo(document.file().id());
    }
}
