package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.read.DocumentReader;
import org.yuanliu.indexer.read.ReaderLimits;

/**
 * A page set vertically (竖排: columns right to left, characters top to bottom, each character placed on its own,
 * as producers of vertical text draw it) reads as its lines would: the title, then paragraphs joined across columns,
 * in reading order — not one heading per character.
 */
class VerticalTextTest {
    private static final String TITLE = "关于加强国际科技合作的若干意见";
    private static final List<String> PARAGRAPHS = List.of(
            "为全方位加强国际科技合作，坚持以全球视野谋划和推动科技创新，深度参与全球科技治理，现提出如下意见。",
            "深化政府间科技合作，支持科研人员参与国际大科学计划和大科学工程，提升我国科技创新的开放合作水平。");

    @TempDir
    Path dir;

    @Test
    void aVerticallySetPageReadsColumnByColumnFromTheRight() throws IOException {
        assumeTrue(CjkTestFont.installed(), CjkTestFont.MISSING);
        Path pdf = vertical(dir.resolve("竖排.pdf"));
        DocumentReader reader = new DocumentReader(ReaderLimits.DEFAULTS);

        StructuredDocument document = reader.read(pdf, reader.identify(pdf));

        assertThat(document.metadata().title()).isEqualTo(TITLE);
        assertThat(document.passages()).extracting(Passage::text).containsExactlyElementsOf(PARAGRAPHS);
        assertThat(document.headings()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void horizontalPagesAreLeftAsTheyAre() {
        var line = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new org.yuanliu.indexer.pdf.Glyph("字",
                72 + 12 * i, 100, 12, 9, 12, "f")).toList();
        var page = new org.yuanliu.indexer.pdf.PageGlyphs(1, 595, 842, line);
        assertThat(new VerticalText().upright(page)).isSameAs(page);
    }

    private static Path vertical(Path target) throws IOException {
        float body = 14;
        float step = 16;
        int perColumn = 24;
        try (PDDocument document = new PDDocument(); CjkTestFont cjk = new CjkTestFont()) {
            PDType0Font font = cjk.embedIn(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = PDRectangle.A4.getHeight() - 80;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float x = 520;
                column(content, font, 20, x, top, 22, TITLE);
                x -= 40;
                for (String paragraph : PARAGRAPHS) {
                    int start = 0;
                    boolean firstColumn = true;
                    while (start < paragraph.length()) {
                        int room = firstColumn ? perColumn - 2 : perColumn;
                        int end = Math.min(paragraph.length(), start + room);
                        column(content, font, body, x, top - (firstColumn ? 2 * step : 0), step,
                                paragraph.substring(start, end));
                        x -= 24;
                        start = end;
                        firstColumn = false;
                    }
                }
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** One column: each character drawn on its own, going down. */
    private static void column(PDPageContentStream content, PDType0Font font, float size, float x, float top,
                               float step, String text) throws IOException {
        float y = top;
        for (int i = 0; i < text.length(); i++) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(text.substring(i, i + 1));
            content.endText();
            y -= step;
        }
    }
}
