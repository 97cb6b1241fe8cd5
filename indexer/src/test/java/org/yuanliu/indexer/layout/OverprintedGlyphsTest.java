package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.pdf.PdfLayout;
import org.yuanliu.indexer.pdf.PdfReader;

/** Text a producer draws several times over itself (fake bold) is one line read once; text repeated elsewhere is kept. */
class OverprintedGlyphsTest {

    @TempDir
    Path dir;

    @Test
    void aLineDrawnFourTimesAHairApartIsReadOnce() throws IOException {
        assumeTrue(CjkTestFont.installed(), CjkTestFont.MISSING);
        Path pdf = dir.resolve("fake-bold.pdf");
        try (PDDocument document = new PDDocument(); CjkTestFont cjk = new CjkTestFont()) {
            PDType0Font font = cjk.embedIn(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // a cover page's "bold" title: four copies a hair apart, across and down, so they sort apart
                for (float[] offset : new float[][] {{0, 0}, {0.3f, 0}, {0, 0.3f}, {0.3f, 0.3f}}) {
                    show(content, font, 72 + offset[0], 700 - offset[1], "硕士学位论文 2015年");
                }
                show(content, font, 72, 650, "学位论文");  // the same words on another line stay
            }
            document.save(pdf.toFile());
        }

        PdfLayout layout = new PdfReader(10).read(pdf);
        PageLines page = new LineAssembler().assemble(layout.pages().get(0));

        assertThat(page.lines()).extracting(Line::text).containsExactly("硕士学位论文 2015年", "学位论文");
    }

    private static void show(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 16);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
