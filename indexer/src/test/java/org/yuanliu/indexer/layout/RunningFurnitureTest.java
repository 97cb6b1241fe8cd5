package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunningFurnitureTest {

    private static PageLines page(int number, Line... extra) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(number, "源流评测语料", 249, 61, 9));
        for (int i = 0; i < 20; i++) {
            lines.add(filled("正文" + number, 68, 527, 120 + 20 * i, 10));
        }
        lines.addAll(List.of(extra));
        lines.add(line(number, "— " + number + " —", 285, 788, 9));
        lines.sort(java.util.Comparator.comparingDouble(Line::baseline).thenComparingDouble(Line::x0));
        return new PageLines(number, HandSetPage.WIDTH, HandSetPage.HEIGHT, lines);
    }

    @Test
    void runningHeadsAndFoliosGoAndThePrintedNumbersAreRead() {
        RunningFurniture.Result result = new RunningFurniture().strip(List.of(page(1), page(2), page(3)));

        assertThat(result.pages()).allMatch(p -> p.lines().size() == 20);
        assertThat(result.printedPageNumbers()).containsEntry(1, "1").containsEntry(3, "3");
        assertThat(result.runningTexts()).contains("源流评测语料");
    }

    @Test
    void aNoteNumberInTheFootBandIsNotAFolio() {
        Line mark = line(2, "5", 68, 761, 9);
        Line note = line(2, "《十九大以来重要文献选编》（上），北京：中央文献出版社，2019年版。", 82, 761, 9);

        RunningFurniture.Result result = new RunningFurniture().strip(List.of(page(1), page(2, mark, note), page(3)));

        assertThat(result.pages().get(1).lines()).contains(mark, note);
    }

    @Test
    void theLastLineOfANoteIsTextThoughItRecursAtTheSameHeight() {
        // two pages end with a note whose last line is only "页。", at the same height above the folio
        Line note2 = line(2, "④ 参见《中华人民共和国科学技术大事记》，北京：科学技术文献出版社，1989 年版，第 175", 68, 757, 9);
        Line end2 = line(2, "页。", 82, 772, 9); // LibreOffice sets notes 1.65 sizes apart
        Line note3 = line(3, "③ 参见吕铁：《中国高铁技术赶超》，北京：中国社会科学出版社，2023 年版，第 18-24", 68, 757, 9);
        Line end3 = line(3, "页。", 82, 772, 9);

        RunningFurniture.Result result = new RunningFurniture().strip(List.of(page(1), page(2, note2, end2), page(3, note3, end3)));

        assertThat(result.pages().get(1).lines()).contains(note2, end2);
        assertThat(result.pages().get(2).lines()).contains(note3, end3);
        assertThat(result.pages()).allMatch(p -> p.lines().stream().noneMatch(l -> l.text().startsWith("—")));
    }

    @Test
    void aRunningFootUnderTheTextIsStillFurniture() {
        // a centred two-line foot: the journal's name above the folio, a gap under the last body line
        List<PageLines> pages = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            pages.add(page(n, line(n, "西安交通大学学报", 260, 776, 9)));
        }

        RunningFurniture.Result result = new RunningFurniture().strip(pages);

        assertThat(result.pages()).allMatch(p -> p.lines().size() == 20);
        assertThat(result.runningTexts()).contains("西安交通大学学报");
    }
}
