package org.yuanliu.indexer.footnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.layout.HandSetPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.Typography;

class FootnoteZoneTest {
    private static final Typography BODY = new Typography(10, "Body");
    private final FootnoteZone zone = new FootnoteZone();

    private static HandSetPage body(float from, int rows) {
        HandSetPage page = new HandSetPage();
        for (int i = 0; i < rows; i++) {
            page.add(filled("正文", 68, 527, from + 20 * i, 10));
        }
        return page;
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void aMarkSetApartByATabLeadsItsNote() {
        HandSetPage page = body(100, 10);
        page.add(line("1", 68, 700, 9)).add(line("参见白春礼：《中华人民共和国科学技术史纲》，第467", 82, 700, 9))
                .add(line("页。", 82, 715, 9))
                .add(line("2", 68, 730, 9)).add(line("《十八大以来重要文献选编》（上），第19页。", 82, 730, 9));

        FootnoteZone.Split split = zone.split(page.page(), BODY);

        assertThat(texts(split.noteLines())).containsExactly("1 参见白春礼：《中华人民共和国科学技术史纲》，第467", "页。",
                "2 《十八大以来重要文献选编》（上），第19页。");
        assertThat(split.body().lines()).hasSize(10);
        List<Note> notes = new NoteAssembler().footnotes(Map.of(1, split.noteLines()));
        assertThat(notes).extracting(Note::markers).containsExactly(List.of("1"), List.of("2"));
        assertThat(notes.get(0).text()).isEqualTo("参见白春礼：《中华人民共和国科学技术史纲》，第467页。");
    }

    @Test
    void aSmallTableJustAboveTheNotesStaysOutOfTheZone() {
        HandSetPage page = body(100, 10);
        for (int r = 0; r < 3; r++) {
            float y = 520 + 15 * r;
            page.add(line("名称" + r, 70, y, 9)).add(line("形势" + r, 200, y, 9)).add(line("需求" + r, 340, y, 9));
        }
        page.add(line("①", 68, 620, 9)).add(line("参见《国家创新驱动发展战略纲要》。", 80, 620, 9));

        FootnoteZone.Split split = zone.split(page.page(), BODY);

        assertThat(texts(split.noteLines())).containsExactly("① 参见《国家创新驱动发展战略纲要》。");
        assertThat(texts(split.body().lines())).contains("名称0", "需求2");
    }

    @Test
    void notesAtTheFootOfEachColumnAreReadColumnByColumn() {
        HandSetPage page = new HandSetPage();
        for (int i = 0; i < 12; i++) {
            page.add(filled("左", 57, 286, 100 + 16 * i, 10));
            page.add(filled("右", 309, 538, 100 + 16 * i, 10));
        }
        page.add(filled("右", 309, 538, 292, 10)).add(filled("右", 309, 538, 308, 10));
        page.add(line("1国务院.国家中长期科学和技术发展规划纲要.", 66, 292, 7))
                .add(line("北京:中国法制出版社,2006.", 57, 304, 7))
                .add(line("2科学技术部.国际科技合作发展纲要.", 66, 316, 7))
                .add(line("3国家计划委员会.科技发展规划.", 318, 330, 7));

        FootnoteZone.Split split = zone.split(page.page(), BODY);

        assertThat(texts(split.noteLines())).containsExactly("1国务院.国家中长期科学和技术发展规划纲要.",
                "北京:中国法制出版社,2006.", "2科学技术部.国际科技合作发展纲要.", "3国家计划委员会.科技发展规划.");
    }

    @Test
    void aPageWithoutMarkedSmallLinesHasNoZone() {
        HandSetPage page = body(100, 10);
        page.add(line("图 1 国际科技合作的阶段", 200, 400, 9));

        assertThat(zone.split(page.page(), BODY).noteLines()).isEmpty();
    }
}
