package org.yuanliu.indexer.footnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.layout.HandSetPage;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PageLines;
import org.yuanliu.indexer.layout.Typography;

class EndnotePagesTest {
    private static final Typography BODY = new Typography(10, "Body");

    private static PageLines bodyPage(int number) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(filled("正文", 68, 527, 100 + 20 * i, 10));
        }
        return new PageLines(number, HandSetPage.WIDTH, HandSetPage.HEIGHT, lines);
    }

    /** Notes numbered from {@code first}, each a tab-set mark and its text, small type. */
    private static PageLines notePage(int number, int first, int count) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(line(number, String.valueOf(first + i), 57, 67 + 15 * i, 9));
            lines.add(line(number, "《习近平谈治国理政》（第三卷），北京：外文出版社，2020年版。", 71, 67 + 15 * i, 9));
        }
        return new PageLines(number, HandSetPage.WIDTH, HandSetPage.HEIGHT, lines);
    }

    @Test
    void trailingPagesOfNotesNumberedFromOneAreEndnotes() {
        List<PageLines> pages = List.of(bodyPage(1), bodyPage(2), notePage(3, 1, 12), notePage(4, 13, 5));

        assertThat(new EndnotePages().start(pages, BODY)).hasValue(3);
    }

    @Test
    void aSmallTypePageWithoutNumberingFromOneIsNot() {
        assertThat(new EndnotePages().start(List.of(bodyPage(1), notePage(2, 7, 4)), BODY)).isEmpty();
        assertThat(new EndnotePages().start(List.of(bodyPage(1), bodyPage(2)), BODY)).isEmpty();
        // a document set wholly in small type has no body for notes to follow
        assertThat(new EndnotePages().start(List.of(notePage(1, 1, 5)), BODY)).isEmpty();
    }
}
