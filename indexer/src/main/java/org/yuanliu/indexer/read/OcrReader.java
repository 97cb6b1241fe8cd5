package org.yuanliu.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;
import org.yuanliu.indexer.document.DocumentMetadata;
import org.yuanliu.indexer.document.PageInfo;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.RejectedFile;
import org.yuanliu.indexer.document.RejectedFile.Reason;
import org.yuanliu.indexer.document.SourceFile;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.text.Language;
import org.yuanliu.indexer.text.TextBuilder;

/**
 * Scans (PDF pages with no text layer) through Tika's Tesseract OCR, page by page. Recognised text has no
 * reliable layout, so each page's blank-line-separated blocks become paragraphs, marked as OCR text.
 */
final class OcrReader {
    private static final String LANGUAGES = "chi_sim+eng";
    private final boolean available = tesseractHasChinese();

    boolean available() {
        return available;
    }

    StructuredDocument read(Path file, SourceFile source) {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(LANGUAGES);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        pdf.setOcrDPI(300);
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser);
        PageTextCollector pages = new PageTextCollector();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, pages, new Metadata(), context);
        } catch (IOException | SAXException | TikaException e) {
            throw new RejectedFile(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR failed (" + e.getMessage() + ")");
        }
        List<Passage> passages = new ArrayList<>();
        List<PageInfo> pageInfos = new ArrayList<>();
        List<String> texts = pages.pages();
        for (int i = 0; i < texts.size(); i++) {
            int page = i + 1;
            pageInfos.add(new PageInfo(page, Optional.empty()));
            for (String block : texts.get(i).split("\\n\\s*\\n")) {
                TextBuilder text = new TextBuilder();
                for (String line : block.split("\\n")) {
                    text.lineBreak().append(line, false);
                }
                String t = text.toString();
                if (t.codePointCount(0, t.length()) >= 2) {
                    passages.add(new Passage(passages.size(), PassageKind.PARAGRAPH, t, block.strip(), page, page, List.of(),
                            List.of(), Optional.empty()));
                }
            }
        }
        if (passages.isEmpty()) {
            throw new RejectedFile(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR recognised no text");
        }
        DocumentMetadata metadata = new DocumentMetadata(source.fileName(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Language.of(passages), true, java.util.Map.of());
        return new StructuredDocument(source, metadata, pageInfos, List.of(), passages, List.of());
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
