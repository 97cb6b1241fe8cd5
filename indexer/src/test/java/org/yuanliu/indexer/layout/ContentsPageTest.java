package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import org.junit.jupiter.api.Test;

class ContentsPageTest {
    private final ContentsPage contents = new ContentsPage();

    @Test
    void entriesLedByDotsToPageNumbersMakeAContentsPage() {
        HandSetPage page = new HandSetPage().add(line("目录", 281, 114, 16));
        String[] entries = {"1.1 标题", "1.2 粗体与斜体", "1.3 脚注", "1.4 图片", "1.5 表格", "1.6 公式"};
        for (int i = 0; i < entries.length; i++) {
            page.add(line(entries[i] + " . . . . . . . . . . . . . . . .", 83, 180 + 20 * i, 12))
                    .add(line(String.valueOf(i + 1), 518, 180 + 20 * i, 12));
        }
        assertThat(contents.isContents(page.page())).isTrue();
    }

    @Test
    void numbersFlushAgainstOneRightEdgeWithoutLeadersToo() {
        HandSetPage page = new HandSetPage();
        for (int i = 0; i < 6; i++) {
            page.add(line("第" + (i + 1) + "章 国际科技合作", 71, 160 + 20 * i, 12)).add(line(String.valueOf(10 * i + 1), 512, 160 + 20 * i, 12));
        }
        assertThat(contents.isContents(page.page())).isTrue();
    }

    @Test
    void aPageOfProseIsNot() {
        HandSetPage page = new HandSetPage();
        for (int i = 0; i < 20; i++) {
            page.add(filled("正文", 68, 527, 100 + 20 * i, 10));
        }
        page.add(line("截至2018年，我国累计发放外国人才工作许可证33.6万份，境内外国人已超过95", 68, 520, 10));
        assertThat(contents.isContents(page.page())).isFalse();
    }
}
