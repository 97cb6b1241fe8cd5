package org.yuanliu.indexer.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.pdf.PageGlyphs;
import org.yuanliu.indexer.pdf.PdfInfo;
import org.yuanliu.indexer.pdf.PdfLayout;

/**
 * Reads a scanned PDF (pages without a text layer) by OCR: each page is rendered and recognised — by PP-OCRv4
 * where its native engine loads, else by Tesseract where it is installed — and the recognised lines become
 * positioned glyphs ({@link RecognisedGlyphs}): a second producer of the records the PDF reader makes, read by the
 * same structure chain.
 */
public final class ScanReader {
    public boolean available() {
        return Engine.CHOSEN.isPresent();
    }

    /** The recogniser scans are read with, for reports ("PP-OCRv4", "Tesseract"), or empty when there is none. */
    public Optional<String> engine() {
        return Engine.CHOSEN.map(Recogniser::name);
    }

    /**
     * One recogniser per process, chosen when the first scan is read (PP-OCR's worker loads its models then): it
     * uses every core, so a second engine (another reader, another portal job) would only contend with it and hold
     * its memory twice.
     */
    private static final class Engine {
        static final Optional<Recogniser> CHOSEN = choose();
    }

    /** {@code YUANLIU_OCR=tesseract} keeps to Tesseract (to compare the two); otherwise the better one that runs. */
    private static Optional<Recogniser> choose() {
        String wanted = System.getenv().getOrDefault("YUANLIU_OCR", "");
        Optional<Recogniser> ppOcr = wanted.equalsIgnoreCase("tesseract") ? Optional.empty() : PpOcrRecogniser.load();
        if (ppOcr.isPresent()) {
            return ppOcr;
        }
        return TesseractRecogniser.installed() ? Optional.of(new TesseractRecogniser()) : Optional.empty();
    }

    public PdfLayout read(Path file, int maxPages, Duration timeout) {
        return read(file, maxPages, timeout, Set.of());
    }

    /** Only the given pages (numbered from 1; empty: all), each as recognised; the others are left out. */
    public PdfLayout read(Path file, int maxPages, Duration timeout, Set<Integer> only) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Recogniser reader = Engine.CHOSEN.orElseThrow(() -> new RejectedFile(file, Reason.NO_TEXT_LAYER,
                "no text layer, and no OCR engine runs here (install tesseract-ocr-chi-sim to OCR it)"));
        ExecutorService pool = Executors.newFixedThreadPool(reader.parallelPages(), r -> {
            Thread t = new Thread(r, "ocr");
            t.setDaemon(true);
            return t;
        });
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), maxPages);
            List<Future<PageGlyphs>> pages = new ArrayList<>();
            // a rendered page is a few MB: only the pages being read, and one ahead each, are held at once
            Semaphore rendered = new Semaphore(2 * reader.parallelPages());
            for (int i = 0; i < count; i++) {
                if (!only.isEmpty() && !only.contains(i + 1)) {
                    continue;
                }
                // Rendering shares the document, so it stays on this thread; recognition runs in the pool.
                if (!rendered.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new TimeoutException();
                }
                BufferedImage image = renderer.renderImageWithDPI(i, reader.dpi(), ImageType.GRAY);
                PDPage page = document.getPage(i);
                boolean rotated = page.getRotation() % 180 != 0;
                float width = rotated ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
                float height = rotated ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
                int number = i + 1;
                pages.add(pool.submit(() -> {
                    try {
                        return RecognisedGlyphs.page(number, width, height, reader.dpi(), reader.recognise(image, deadline),
                                box -> ink(image, box));
                    } finally {
                        rendered.release();
                    }
                }));
            }
            List<PageGlyphs> glyphs = new ArrayList<>();
            for (Future<PageGlyphs> page : pages) {
                glyphs.add(page.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            PdfLayout layout = new PdfLayout(glyphs, PdfInfo.empty(), true);
            if (layout.glyphCount() == 0) {
                throw new RejectedFile(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR recognised no text");
            }
            return layout;
        } catch (TimeoutException e) {
            throw new RejectedFile(file, Reason.TIMEOUT, "OCR took longer than " + timeout.toSeconds()
                    + " s (raise --timeout to index it)");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new RejectedFile(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR failed (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedFile(file, Reason.TIMEOUT, "OCR was interrupted");
        } catch (IOException e) {
            throw new RejectedFile(file, Reason.CORRUPT, "the PDF cannot be rendered for OCR (" + e.getMessage() + ")");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The share of dark pixels in a box of a grey image. */
    static float ink(BufferedImage image, RecognisedLine.Box box) {
        int x0 = Math.max(0, box.left());
        int y0 = Math.max(0, box.top());
        int x1 = Math.min(image.getWidth(), box.left() + box.width());
        int y1 = Math.min(image.getHeight(), box.top() + box.height());
        int dark = 0;
        int all = 0;
        var raster = image.getRaster();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (raster.getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        return all == 0 ? 0 : (float) dark / all;
    }
}
