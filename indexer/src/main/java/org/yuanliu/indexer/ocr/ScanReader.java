package org.yuanliu.indexer.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

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
 * Reads a scanned PDF (pages without a text layer) by OCR: each page is rendered and recognised by Tesseract
 * with word boxes, and the words become positioned glyphs ({@link RecognisedGlyphs}) — a second producer of
 * the records the PDF reader makes, read by the same structure chain. Pages are recognised in parallel, one
 * Tesseract process per core, each single-threaded (its own threads only contend with each other).
 */
public final class ScanReader {
    private static final String LANGUAGES = "chi_sim+eng";
    /** Rendering resolution: Tesseract reads body text best at about 300 dpi. */
    static final float DPI = 300;

    private final boolean available = tesseractHasChinese();

    public boolean available() {
        return available;
    }

    public PdfLayout read(Path file, int maxPages, Duration timeout) {
        return read(file, maxPages, timeout, Set.of());
    }

    /** Only the given pages (numbered from 1; empty: all), each as recognised; the others are left out. */
    public PdfLayout read(Path file, int maxPages, Duration timeout, Set<Integer> only) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path work = null;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr");
            t.setDaemon(true);
            return t;
        });
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            work = Files.createTempDirectory("yuanliu-ocr");
            PDFRenderer renderer = new PDFRenderer(document);
            int count = Math.min(document.getNumberOfPages(), maxPages);
            List<Future<PageGlyphs>> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (!only.isEmpty() && !only.contains(i + 1)) {
                    continue;
                }
                // Rendering shares the document, so it stays on this thread; recognition runs in the pool.
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                Path png = work.resolve("page-" + (i + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                PDPage page = document.getPage(i);
                boolean rotated = page.getRotation() % 180 != 0;
                float width = rotated ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
                float height = rotated ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
                int number = i + 1;
                pages.add(pool.submit(() -> {
                    List<TesseractTsv.RecognisedLine> lines = TesseractTsv.lines(recognise(png, deadline));
                    BufferedImage rendered = ImageIO.read(png.toFile());
                    return RecognisedGlyphs.page(number, width, height, DPI, lines, box -> ink(rendered, box));
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
            deleteQuietly(work);
        }
    }

    /** The share of dark pixels in a box of a grey image. */
    static float ink(BufferedImage image, TesseractTsv.Box box) {
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

    private static String recognise(Path png, long deadline) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", LANGUAGES, "--psm", "3", "tsv");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) || process.exitValue() != 0) {
                throw new IOException("tesseract failed on " + png.getFileName());
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it eventually
        }
        dir.toFile().delete();
    }

    /** Tesseract is optional: without it (or its Chinese data) scans are reported as having no text layer. */
    private static boolean tesseractHasChinese() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String languages = new String(process.getInputStream().readAllBytes());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && languages.contains("chi_sim");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
