package org.yuanliu.citation.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKeyTest {

    private static SourceKey key(String note) {
        return SourceKey.of(FootnoteParser.parse(note).works().get(0));
    }

    @Test
    void sameWorkCitedOnDifferentPagesWithDifferentSpacingHasOneKey() {
        // pp. 86, 88, 89 and 90 of the party-history article cite 白春礼's 上卷, printed with different spacing.
        SourceKey a = key("② 参见白春礼：     《中华人民共和国科学技术史纲》               （上卷）    ，北京：科学出版社、龙门书局，2023 年版，第\n  Ⅴ页。");
        SourceKey b = key("① 参见白春礼： 《中华人民共和国科学技术史纲》      （上卷）\n  ，北京：科学出版社、龙门书局，2023 年版，第\n  451 页。");
        SourceKey c = key("③ 参见白春礼：  《中华人民共和国科学技术史纲》\n  （上卷） ，北京：科学出版社、龙门书局，2023 年版，第\n  462 页。");
        assertThat(a).isEqualTo(b).isEqualTo(c);
    }

    @Test
    void fullAndHalfWidthPunctuationAndVolumeNumeralsDoNotMatter() {
        SourceKey printed = key("④⑤⑥ 《邓小平文选》（第二卷），北京：人民出版社，1994 年版，第 87、91、91 页。");
        SourceKey halfWidth = key("《邓小平文选》(第2卷), 北京: 人民出版社, 1994年版, 第87页.");
        SourceKey fullWidthDigits = key("《邓小平文选》（第二卷），北京：人民出版社，１９９４年版，第８７页。");
        assertThat(halfWidth).isEqualTo(printed);
        assertThat(fullWidthDigits).isEqualTo(printed);
    }

    @Test
    void differentVolumesAreDifferentSources() {
        SourceKey second = key("④⑤⑥ 《邓小平文选》（第二卷），北京：人民出版社，1994 年版，第 87、91、91 页。");
        SourceKey third = key("② 《邓小平文选》（第三卷），北京：人民出版社，1993 年版，第 32 页。");
        SourceKey jiangOne = key("① 《江泽民文选》（第一卷），北京：人民出版社，2006 年版，第 432 页。");
        SourceKey jiangTwo = key("② 《江泽民文选》（第二卷），北京：人民出版社，2006 年版，第 569 页。");
        assertThat(second).isNotEqualTo(third);
        assertThat(jiangOne).isNotEqualTo(jiangTwo);
        assertThat(key("① 《三中全会以来重要文献选编》（上），北京：人民出版社，1982 年版，第 4 页。"))
                .isEqualTo(key("③ 《三中全会以来重要文献选编》（上卷），北京：人民出版社，1982年版，第4页。"));
    }

    @Test
    void bookTitleMarkVariantsAreIgnored() {
        CitedWork a = CitedWorkBuilder.create().title("推进〈一带一路〉建设").year(2016).build();
        CitedWork b = CitedWorkBuilder.create().title("推进《一带一路》建设").year(2016).build();
        CitedWork c = CitedWorkBuilder.create().title("推进“一带一路”建设").year(2016).build();
        assertThat(SourceKey.of(a)).isEqualTo(SourceKey.of(b)).isEqualTo(SourceKey.of(c));
    }
}
