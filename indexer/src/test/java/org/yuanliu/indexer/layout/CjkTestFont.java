package org.yuanliu.indexer.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * WenQuanYi Zen Hei (Debian fonts-wqy-zenhei), the CJK font these tests set their hand-made PDFs in: a TrueType
 * collection PDFBox can embed. Open while the document is saved (its glyphs are subset then).
 */
final class CjkTestFont implements AutoCloseable {
    static final Path FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final String MISSING = "fonts-wqy-zenhei is not installed";

    private final TrueTypeCollection collection;

    CjkTestFont() throws IOException {
        this.collection = new TrueTypeCollection(FILE.toFile());
    }

    static boolean installed() {
        return Files.isRegularFile(FILE);
    }

    /** The collection's first face, embedded into {@code document}. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return PDType0Font.load(document, first[0], true);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
