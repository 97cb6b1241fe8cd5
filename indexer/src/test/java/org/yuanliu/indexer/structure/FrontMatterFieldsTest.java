package org.yuanliu.indexer.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.PlacedLine;

class FrontMatterFieldsTest {

    private static PlacedLine placed(Line line) {
        return new PlacedLine(line, 0, 68, 527);
    }

    @Test
    void labelledLinesOfTheFrontMatterBecomeFields() {
        List<PlacedLine> lines = List.of(
                placed(line("中图分类号: TP393  文献标志码: A", 80, 300, 9)),
                placed(line("关键词: 信息中心网络; 数据访问控制", 80, 320, 9)),
                placed(line("收稿日期: 2020-10-08", 80, 700, 8)),
                placed(line("基金项目: 国家重点研发计划项目(2019YFB1802503); 鹏城实验室大湾区未来网络试验", 80, 712, 8)),
                placed(line("与应用环境项目(LZC0019)", 120, 722, 8)),
                placed(line("通信作者: 郜帅(1980—), 男, 教授, E-mail: shgao@bjtu.edu.cn.", 80, 734, 8)));

        FrontMatterFields.Result result = FrontMatterFields.standard().read(lines);

        assertThat(result.fields()).containsEntry("clc", "TP393").containsEntry("document_code", "A")
                .containsEntry("received", "2020-10-08")
                .containsEntry("funding", "国家重点研发计划项目(2019YFB1802503); 鹏城实验室大湾区未来网络试验与应用环境项目(LZC0019)")
                .containsEntry("corresponding_author", "郜帅(1980—), 男, 教授, E-mail: shgao@bjtu.edu.cn.")
                .doesNotContainKey("关键词");
        assertThat(result.consumed()).hasSize(5).doesNotContain(lines.get(1));
    }

    @Test
    void aSentenceMentioningALabelIsNotAField() {
        List<PlacedLine> lines = List.of(placed(line("本文的基金项目与DOI均见文末。", 68, 300, 10)),
                placed(line("DOI: 10.13190/j.jbupt.2020-203", 68, 320, 10)));

        FrontMatterFields.Result result = FrontMatterFields.standard().read(lines);

        assertThat(result.fields()).containsOnlyKeys("doi").containsEntry("doi", "10.13190/j.jbupt.2020-203");
    }

    @Test
    void letterSpacedLabelsAreLabelsToo() {
        FrontMatterFields.Result result = FrontMatterFields.standard().read(List.of(placed(line("文 章 编 号：1007-5321(2021)02-0054-07", 68, 100, 9))));

        assertThat(result.fields()).containsEntry("article_number", "1007-5321(2021)02-0054-07");
    }
}
