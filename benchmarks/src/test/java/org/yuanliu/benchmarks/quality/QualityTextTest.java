package org.yuanliu.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualityTextTest {

    @Test
    void sentencesEndAfterStopsAndSemicolonsAndShortPiecesAreDropped() {
        assertThat(QualityText.sentences("第一句， 有空格。第二句！等等。最后一句；没有句号的尾巴"))
                .containsExactly("第一句,有空格。", "第二句!", "最后一句;", "没有句号的尾巴");
    }

    @Test
    void normalisingFoldsWidthAndDropsWhitespace() {
        assertThat(QualityText.normalise("２０２４ 年\n第 ３ 期　ＡＢ")).isEqualTo("2024年第3期AB");
    }

    @Test
    void editDistanceIsLevenshteinOverTheLongerLength() {
        assertThat(QualityText.levenshtein("国际科技合作", "国际合作")).isEqualTo(2);
        assertThat(QualityText.editDistance("国际科技合作", "国际合作")).isEqualTo(2.0 / 6);
        assertThat(QualityText.editDistance("", "")).isZero();
        assertThat(QualityText.editDistance("甲乙", "")).isEqualTo(1.0);
    }

    @Test
    void headingKeysLeaveOutNumbering() {
        assertThat(QualityText.headingKey("2.1 必要的宏包")).isEqualTo("必要的宏包");
        assertThat(QualityText.headingKey("第一章 总则")).isEqualTo("总则");
        assertThat(QualityText.headingKey("（三）现实启示")).isEqualTo("现实启示");
        assertThat(QualityText.headingKey("一、发展历程")).isEqualTo("发展历程");
        assertThat(QualityText.headingKey("2020")).isEqualTo("2020");
    }

    @Test
    void streamMarksAreTakenOut() {
        assertThat(QualityText.withoutMarks("委员会”①等，分析[2]方法³与[3-6]，环1\u20DD。"))
                .isEqualTo("委员会”等，分析方法与，环。");
    }
}
