package org.yuanliu.citation.quotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotationKeyTest {

    @Test
    void sameWordsWithDifferentPunctuationAndSpacingHaveOneKey() {
        QuotationKey a = QuotationKey.of("独立自主不是闭关自守，自力更生不是盲目排外");
        QuotationKey b = QuotationKey.of("独立自主不是闭关自守, 自力更生 不是盲目排外。");
        QuotationKey c = QuotationKey.of("「独立自主不是闭关自守；自力更生不是盲目排外」");
        assertThat(a).isEqualTo(b).isEqualTo(c);
        assertThat(QuotationKey.of("ＡＢＣ，１２３")).isEqualTo(QuotationKey.of("abc 123"));
    }

    @Test
    void excerptsJoinTheGroupOfTheLongerQuotation() {
        String whole = "必须坚持独立自主、自力更生的方针。但是，独立自主不是闭关自守，自力更生不是盲目排外";
        String excerpt = "独立自主不是闭关自守，自力更生不是盲目排外";
        String other = "科学技术是人类共同创造的财富";
        List<List<String>> groups = QuotationGroups.group(List.of(excerpt, other, whole, excerpt + "。"), s -> s);
        assertThat(groups).containsExactly(List.of(excerpt, whole, excerpt + "。"), List.of(other));
        Map<QuotationKey, QuotationKey> rep = QuotationGroups.representatives(List.of(QuotationKey.of(excerpt), QuotationKey.of(whole)));
        assertThat(rep.get(QuotationKey.of(excerpt))).isEqualTo(QuotationKey.of(whole));
    }

    @Test
    void veryShortExcerptsDoNotJoinByContainment() {
        List<List<String>> groups = QuotationGroups.group(List.of("自力更生", "必须坚持独立自主、自力更生的方针"), s -> s);
        assertThat(groups).hasSize(2);
    }
}
