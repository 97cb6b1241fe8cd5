package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.pdf.PageGlyphs;

/** Glyphs into lines: one line per baseline, raised marks and lowered subscripts inside the line they belong to. */
class LineAssemblerTest {
    private final LineAssembler assembler = new LineAssembler();

    @Test
    void subscriptsStayInTheLineTheyAreSetIn() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("消费者C", 72, 100, 10));
        glyphs.addAll(run("i", 107, 102.5f, 6)); // lowered and smaller: C_i
        glyphs.addAll(run("生成随机参数", 110, 100, 10));
        glyphs.addAll(run("下一行的正文继续", 72, 114, 10));

        List<Line> lines = assembler.assemble(new PageGlyphs(1, 595, 842, glyphs)).lines();

        assertThat(lines).extracting(Line::text).containsExactly("消费者Ci生成随机参数", "下一行的正文继续");
        assertThat(lines.get(0).baseline()).isEqualTo(100);
        assertEveryGlyphInOneLine(glyphs, lines);
    }

    @Test
    void raisedMarksJoinTheLineBelowThem() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("上一行的正文", 72, 100, 10));
        glyphs.addAll(run("正文引用", 72, 114, 10));
        glyphs.addAll(run("1", 112, 110, 6)); // raised and smaller: a note mark
        glyphs.addAll(run("之后", 116, 114, 10));

        List<Line> lines = assembler.assemble(new PageGlyphs(1, 595, 842, glyphs)).lines();

        assertThat(lines).extracting(Line::text).containsExactly("上一行的正文", "正文引用1之后");
        assertEveryGlyphInOneLine(glyphs, lines);
    }

    @Test
    void aSmallerLineOfItsOwnIsNotASubscript() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("图1的正文", 72, 100, 10));
        glyphs.addAll(run("注：数据来源于统计年鉴", 72, 109, 7)); // a full small line a line pitch further down
        List<Line> lines = assembler.assemble(new PageGlyphs(1, 595, 842, glyphs)).lines();

        assertThat(lines).extracting(Line::text).containsExactly("图1的正文", "注：数据来源于统计年鉴");
    }

    private static void assertEveryGlyphInOneLine(List<Glyph> glyphs, List<Line> lines) {
        List<Glyph> placed = lines.stream().flatMap(l -> l.glyphs().stream()).toList();
        assertThat(placed).containsExactlyInAnyOrderElementsOf(glyphs);
    }

    /** One glyph per character, Latin half a size wide, from x on a baseline. */
    private static List<Glyph> run(String text, float x, float baseline, float size) {
        List<Glyph> glyphs = new ArrayList<>();
        float at = x;
        for (int cp : text.codePoints().toArray()) {
            float w = cp < 128 ? size / 2 : size;
            glyphs.add(new Glyph(new String(Character.toChars(cp)), at, baseline, w, size, size, "Body"));
            at += w;
        }
        return glyphs;
    }
}
