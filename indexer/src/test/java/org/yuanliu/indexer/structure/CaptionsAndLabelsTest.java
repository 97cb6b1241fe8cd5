package org.yuanliu.indexer.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsAndLabelsTest {
    private final Captions captions = Captions.standard();

    @Test
    void captionsOfFiguresAndTablesInEveryNumbering() {
        assertThat(captions.isCaption("图 1.1 Typst网页版界面")).isTrue();
        assertThat(captions.isCaption("表2.1 必要宏包")).isTrue();
        assertThat(captions.isCaption("Figure 3: Results")).isTrue();
        assertThat(captions.isCaption("续表 1")).isTrue();
        assertThat(captions.isCaption("代码 1.2 一个简单的Python程序")).isTrue();
        assertThat(captions.isTableCaption("表 2 “十五”—“十三五”科技规划")).isTrue();
        assertThat(captions.isTableCaption("图 2 国际科技合作")).isFalse();
        // words that merely start with a caption word
        assertThat(captions.isCaption("图书馆的建设")).isFalse();
        assertThat(captions.isCaption("表格")).isFalse();
        assertThat(captions.isCaption("1.5 表格")).isFalse();
    }

    @Test
    void aLabelCountsOnlyWhenItStandsAsALabel() {
        assertThat(Labels.KEYWORDS.matcher("关键词：科技创新；国际合作").lookingAt()).isTrue();
        assertThat(Labels.KEYWORDS.matcher("关键词 科技创新").lookingAt()).isTrue();
        assertThat(Labels.KEYWORDS.matcher("关键词是论文的重要组成部分").lookingAt()).isFalse();
        assertThat(Labels.ABSTRACT.matcher("摘要 文章分析了").lookingAt()).isTrue();
        assertThat(Labels.ABSTRACT.matcher("摘要是对论文内容的概括").lookingAt()).isFalse();
        assertThat(Labels.isBare("摘 要")).isTrue();
        assertThat(Labels.isBare("Abstract")).isTrue();
        assertThat(Labels.isBare("摘要：本文介绍了")).isFalse();
    }
}
