package org.yuanliu.indexer.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;

/**
 * Reads a PDF once with PDFBox: glyph positions of every page plus the info dictionary. Stream data is
 * cached in temporary files rather than the heap so that large files do not exhaust memory.
 */
public final class PdfReader {
    private final int maxPages;
    private final MisencodedSymbols symbols = MisencodedSymbols.standard();

    public PdfReader(int maxPages) {
        this.maxPages = maxPages;
    }

    public PdfLayout read(Path file) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new RejectedFile(file, Reason.EMPTY, "the PDF has no pages");
            }
            if (pageCount > maxPages) {
                throw new RejectedFile(file, Reason.TOO_LARGE, "the PDF has " + pageCount + " pages; the limit is "
                        + maxPages + " (raise --max-pages to index it)");
            }
            GlyphCollector collector = new GlyphCollector(maxPages, symbols);
            collector.getText(document);
            PdfLayout layout = new PdfLayout(collector.pages(), info(document.getDocumentInformation()), false);
            if (layout.glyphCount() == 0) {
                throw new RejectedFile(file, Reason.NO_TEXT_LAYER,
                        "no text layer (a scan?): install Tesseract with Chinese data (tesseract-ocr, tesseract-ocr-chi-sim) "
                                + "to index it by OCR, or run it through OCR first");
            }
            return layout;
        } catch (InvalidPasswordException e) {
            throw new RejectedFile(file, Reason.ENCRYPTED, "the PDF is encrypted with a password; decrypt it first");
        } catch (IOException e) {
            throw new RejectedFile(file, Reason.CORRUPT, "the PDF cannot be read (" + e.getMessage() + ")");
        }
    }

    private static PdfInfo info(PDDocumentInformation info) {
        if (info == null) {
            return PdfInfo.empty();
        }
        return new PdfInfo(text(info.getTitle()), text(info.getAuthor()), text(info.getSubject()),
                text(info.getKeywords()),
                Optional.ofNullable(safeDate(info)).map(c -> c.get(Calendar.YEAR)));
    }

    private static Calendar safeDate(PDDocumentInformation info) {
        try {
            return info.getCreationDate();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
