package org.yuanliu.indexer.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.LineAssembler;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.pdf.PageGlyphs;

class RecognisedGlyphsTest {
    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static String row(int level, int block, int line, int word, int left, int top, int width, int height, String text) {
        return level + "\t1\t" + block + "\t1\t" + line + "\t" + word + "\t" + left + "\t" + top + "\t" + width + "\t" + height
                + "\t" + (level == 5 ? "95.1" : "-1") + "\t" + text + "\n";
    }

    private static List<Line> lines(String tsv, RecognisedGlyphs.Ink ink) {
        PageGlyphs page = RecognisedGlyphs.page(1, 595, 842, 300, TesseractTsv.lines(tsv), ink);
        PageLines assembled = new LineAssembler().assemble(page);
        return assembled.lines();
    }

    @Test
    void wordsBecomeGlyphsOnTheirLinesBaselineInPoints() {
        String tsv = HEADER + row(4, 1, 1, 0, 300, 600, 400, 42, "")
                + row(5, 1, 1, 1, 300, 600, 80, 40, "新中") + row(5, 1, 1, 2, 380, 603, 80, 40, "国成")
                + row(5, 1, 1, 3, 460, 598, 40, 40, "立");

        List<Line> lines = lines(tsv, box -> 0.2f);

        assertThat(lines).hasSize(1);
        Line line = lines.get(0);
        assertThat(line.text()).isEqualTo("新中国成立");
        assertThat(line.x0()).isCloseTo(72f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(line.fontSize()).isEqualTo(Math.round(40 * 72f / 300 * 2) / 2f); // sizes are kept to half points
        // the words' median bottom, not each word's own
        assertThat(line.glyphs()).allSatisfy(g -> assertThat(g.baseline()).isCloseTo(640 * 72f / 300, org.assertj.core.data.Offset.offset(0.01f)));
    }

    @Test
    void aFragmentCutIntoALineOfItsOwnRejoinsItsLineAndSpecksGo() {
        // Tesseract boxed 来 and 去 small, a little above their line, as a line of their own; a speck is a third line.
        String tsv = HEADER + row(4, 1, 1, 0, 300, 600, 600, 42, "")
                + row(5, 1, 1, 1, 300, 600, 120, 40, "坚持引进") + row(5, 1, 1, 2, 440, 600, 200, 40, "与走出相结合")
                + row(4, 2, 1, 0, 425, 580, 200, 14, "") + row(5, 2, 1, 1, 425, 585, 12, 14, "来")
                + row(5, 2, 1, 2, 640, 585, 12, 14, "去")
                + row(4, 3, 1, 0, 100, 300, 6, 6, "") + row(5, 3, 1, 1, 100, 300, 6, 6, "一")
                + row(4, 4, 1, 0, 300, 700, 600, 42, "") + row(5, 4, 1, 1, 300, 700, 200, 40, "新中国成立")
                + row(5, 4, 1, 2, 500, 700, 200, 40, "以来我国");

        List<Line> lines = lines(tsv, box -> 0.2f);

        assertThat(lines).extracting(Line::text).containsExactly("坚持引进来与走出相结合去", "新中国成立以来我国");
    }

    @Test
    void aRaisedSmallNumberStaysAMarkAndADarkerLineIsBold() {
        String tsv = HEADER + row(4, 1, 1, 0, 300, 400, 400, 50, "") + row(5, 1, 1, 1, 300, 400, 200, 50, "坚持党的领导")
                + row(4, 2, 1, 0, 300, 600, 400, 42, "")
                + row(5, 2, 1, 1, 300, 600, 160, 40, "贡献”") + row(5, 2, 1, 2, 462, 596, 12, 22, "3")
                + row(5, 2, 1, 3, 476, 600, 120, 40, "这些数字") + row(5, 2, 1, 4, 600, 600, 120, 40, "充分说明");

        List<Line> lines = lines(tsv, box -> box.top() == 400 ? 0.45f : 0.2f);

        Line bold = lines.get(0);
        Line body = lines.get(1);
        assertThat(bold.isBold()).isTrue();
        assertThat(body.isBold()).isFalse();
        assertThat(body.glyphs().stream().filter(body::isSuperscript).map(g -> g.text()).toList()).containsExactly("3");
    }
}
