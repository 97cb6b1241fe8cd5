package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.footnote.EndnotePages;
import org.yuanliu.indexer.footnote.FootnoteZone;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.table.TableRegions;

/** The layout half composed as the extractor composes it, on pages built by hand. */
class LayoutChainTest {
    private final LayoutChain chain = new LayoutChain(List.of(new RunningFurniture(), new ContentsPage(),
            new EndnotePages(), new FootnoteZone(), new TableRegions(), new ColumnLayout()));

    private static PageLines page(int number, List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return new PageLines(number, HandSetPage.WIDTH, HandSetPage.HEIGHT, sorted);
    }

    private static List<Line> body(int page, float from, int rows) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(withPage(page, filled("左" + i, 68, 286, from + 20 * i, 10)));
            lines.add(withPage(page, filled("右" + i, 309, 527, from + 20 * i + 7, 10)));
        }
        return lines;
    }

    private static Line withPage(int page, Line line) {
        return Line.of(page, line.glyphs());
    }

    private static List<Line> furniture(int page) {
        return List.of(line(page, "源流评测语料", 249, 61, 9), line(page, "— " + page + " —", 285, 788, 9));
    }

    private LayoutDocument laidOut() {
        List<Line> first = new ArrayList<>(furniture(1));
        first.addAll(body(1, 120, 20));
        first.add(line(1, "① 参见白春礼：《中华人民共和国科学技术史纲》，北京：科学出版社，2023年版。", 68, 720, 9));
        List<Line> second = new ArrayList<>(furniture(2));
        second.addAll(body(2, 120, 10));
        second.add(line(2, "表 1 1949 年以来的四个阶段", 200, 350, 9));
        for (int r = 0; r < 4; r++) {
            second.add(line(2, "第" + (r + 1) + "阶段", 120, 370 + 15 * r, 9));
            second.add(line(2, (1949 + 10 * r) + "年", 300, 370 + 15 * r, 9));
        }
        second.addAll(body(2, 460, 10));
        List<Line> third = new ArrayList<>(furniture(3));
        third.addAll(body(3, 120, 20));
        return chain.apply(LayoutDocument.of(List.of(page(1, first), page(2, second), page(3, third))));
    }

    @Test
    void eachStageTakesItsShare() {
        LayoutDocument document = laidOut();

        assertThat(document.pages()).allMatch(p -> p.role() == LayoutPage.Role.TEXT);
        assertThat(document.printedPageNumbers()).containsEntry(1, "1").containsEntry(3, "3");
        assertThat(document.runningTexts()).containsExactly("源流评测语料");
        assertThat(document.pages().get(0).notes()).extracting(Line::text).singleElement().asString().startsWith("① 参见白春礼");
        assertThat(document.pages().get(1).tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSizeGreaterThanOrEqualTo(4));
        // page 1 in reading order: the left column, then the right one
        List<String> order = document.pages().get(0).ordered().stream().map(p -> p.line().text().substring(0, 2)).toList();
        assertThat(order.subList(0, 2)).containsExactly("左0", "左1");
        assertThat(order.get(20)).isEqualTo("右0");
    }

    @Test
    void everyGlyphLeftInTheFlowIsReadExactlyOnceAndNoneTwice() {
        for (LayoutPage page : laidOut().pages()) {
            List<Glyph> flow = page.lines().lines().stream().flatMap(l -> l.glyphs().stream()).toList();
            List<Glyph> read = page.ordered().stream().flatMap(p -> p.line().glyphs().stream()).toList();
            List<Glyph> notes = page.notes().stream().flatMap(l -> l.glyphs().stream()).toList();

            assertThat(read).as("page %d", page.number()).containsExactlyInAnyOrderElementsOf(flow);
            assertThat(read).filteredOn(notes::contains).isEmpty();
        }
    }
}
