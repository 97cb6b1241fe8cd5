package org.yuanliu.indexer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yuanliu.indexer.document.ContentHash;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.ocr.ScanReader;
import org.yuanliu.indexer.ofd.OfdReader;
import org.yuanliu.indexer.pdf.GarbledText;
import org.yuanliu.indexer.pdf.PageGlyphs;
import org.yuanliu.indexer.pdf.PdfLayout;
import org.yuanliu.indexer.pdf.PdfReader;
import org.yuanliu.indexer.structure.PdfStructureExtractor;

/**
 * The input end of the chain: checks a file against the limits, fingerprints it, detects its type from its
 * bytes with Tika, and reads it — PDFs through PDFBox for layout, other formats through Tika's parsers.
 * Every failure becomes a {@link RejectedFile} naming the file and what to do.
 */
public final class DocumentReader {
    private final ReaderLimits limits;
    private final FileTypes types = new FileTypes();
    private final PdfReader pdfReader;
    private final PdfStructureExtractor pdfStructure = new PdfStructureExtractor();
    private final TikaDocumentReader tikaReader;
    private final ScanReader scanReader = new ScanReader();
    private final OfdReader ofdReader = new OfdReader();
    private final GarbledText garbledText = GarbledText.fromIkDictionary();

    public DocumentReader(ReaderLimits limits) {
        this.limits = limits;
        this.pdfReader = new PdfReader(limits.maxPages());
        this.tikaReader = new TikaDocumentReader();
    }

    /** Identity and fingerprint of a file, without parsing it (for skipping unchanged files). */
    public SourceFile identify(Path file) {
        return identify(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** @param name what the file is known by (a path below the indexed directory), for display */
    public SourceFile identify(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new RejectedFile(file, Reason.NOT_FOUND, "no such file");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RejectedFile(file, Reason.EMPTY, "the file is empty (0 bytes)");
            }
            if (size > limits.maxBytes()) {
                throw new RejectedFile(file, Reason.TOO_LARGE, "the file has " + size / (1024 * 1024) + " MB; the limit is "
                        + limits.maxBytes() / (1024 * 1024) + " MB (raise --max-file-size to index it)");
            }
            String hash = ContentHash.of(file);
            String mediaType = types.detect(file);
            return new SourceFile(documentId(hash), name, hash, mediaType, size);
        } catch (IOException e) {
            throw new RejectedFile(file, Reason.CORRUPT, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    public StructuredDocument read(Path file, SourceFile source) {
        String type = source.mediaType();
        if (type.equals("application/pdf")) {
            PdfLayout layout;
            try {
                layout = pdfReader.read(file);
            } catch (RejectedFile e) {
                if (e.reason() == Reason.NO_TEXT_LAYER && limits.ocr() && scanReader.available()) {
                    return recognised(file, source);
                }
                throw e;
            }
            GarbledText.Verdict textLayer = garbledText.judge(layout);
            if (textLayer.garbled()) {
                // The text layer's characters are not the printed ones: read what is printed, or say why not.
                if (limits.ocr() && scanReader.available()) {
                    return recognised(file, source);
                }
                // judged by its Han when it has enough, else by its letters (a font without a Unicode map)
                String why = Double.isNaN(textLayer.wordShare())
                        ? "its fonts have no Unicode map: the text is mostly neither letters nor digits"
                        : String.format(java.util.Locale.ROOT, "its fonts map glyphs to the wrong characters: %.0f %% of"
                                + " its Han characters form words", 100 * textLayer.wordShare());
                throw new RejectedFile(file, Reason.GARBLED_TEXT, "the text layer is garbled (" + why + "); install"
                        + " Tesseract with Chinese data (tesseract-ocr, tesseract-ocr-chi-sim) to index it by OCR");
            }
            if (!textLayer.garbledPages().isEmpty()) {
                layout = withPagesReplaced(file, layout, textLayer.garbledPages());
            }
            return withText(file, pdfStructure.extract(source, layout));
        }
        if (type.equals(OfdReader.MEDIA_TYPE)) {
            return withText(file, pdfStructure.extract(source, ofdReader.read(file, limits.maxPages())));
        }
        if (FileTypes.readByTika(type)) {
            return tikaReader.read(file, source);
        }
        throw new RejectedFile(file, Reason.NOT_SUPPORTED, "not a " + FileTypes.FORMATS + " file (detected " + type + "): convert it to PDF first");
    }

    /**
     * A document sound but for a few pages whose text layer is garbled: those pages are recognised by OCR when it
     * is available, else left out (their text would be garbage in the index), never indexed as they are.
     */
    private PdfLayout withPagesReplaced(Path file, PdfLayout layout, Set<Integer> garbled) {
        Map<Integer, PageGlyphs> replacements = new HashMap<>();
        if (limits.ocr() && scanReader.available()) {
            try {
                scanReader.read(file, limits.maxPages(), limits.timeout(), garbled).pages()
                        .forEach(page -> replacements.put(page.number(), page));
            } catch (RejectedFile unreadable) {
                // nothing recognised on those pages: they are left out below
            }
        }
        List<PageGlyphs> pages = layout.pages().stream().map(page -> !garbled.contains(page.number()) ? page
                : replacements.getOrDefault(page.number(), new PageGlyphs(page.number(), page.width(), page.height(),
                        List.of()))).toList();
        return new PdfLayout(pages, layout.info(), !replacements.isEmpty());
    }

    /** The PDF read by OCR through the same structure chain. */
    private StructuredDocument recognised(Path file, SourceFile source) {
        return withText(file, pdfStructure.extract(source, scanReader.read(file, limits.maxPages(), limits.timeout())));
    }

    /** A document from which nothing readable came is a failure with its reason, never "indexed" empty. */
    private static StructuredDocument withText(Path file, StructuredDocument document) {
        if (document.passages().isEmpty()) {
            throw new RejectedFile(file, Reason.EMPTY, "no text could be read from the PDF (its pages hold no paragraphs;"
                    + " a drawing, or a page tree that leads nowhere?)");
        }
        return document;
    }

    /**
     * What the document is: the same bytes are one document wherever they lie, and two different files are never
     * one, whatever their names (80 bits of SHA-256). Which file replaces which is decided by location, not by id.
     */
    public static String documentId(String contentHash) {
        return contentHash.substring(0, 20);
    }
}
