package org.yuanliu.facet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryExpansionTest {

    private final QueryExpansion expansion = new QueryExpansion(Fixtures.TAXONOMIES);

    @Test
    void aliasesAndEnglishNamesFindTheChineseNames() {
        assertThat(expansion.expand("USSR")).startsWith("USSR").contains("苏联", "苏维埃社会主义共和国联盟");
        assertThat(expansion.expand("苏维埃")).contains("苏联");
        assertThat(expansion.expand("苏联")).startsWith("苏联").contains("苏维埃", "前苏联");
        assertThat(expansion.expand("Japan")).contains("日本");
        assertThat(expansion.expand("West Germany")).contains("联邦德国", "西德");
    }

    @Test
    void planAbbreviationsExpandToQuotedAndFullForms() {
        assertThat(expansion.expand("十三五")).contains("“十三五”", "第十三个五年规划");
        assertThat(expansion.expand("第十个五年计划")).contains("“十五”");
        assertThat(expansion.expand("13th Five-Year Plan")).contains("“十三五”");
        // bare 十五 would also find 十五个 and 第十五
        assertThat(expansion.expand("十五")).contains("“十五”", "第十个五年计划").doesNotContain("十五");
    }

    @Test
    void traditionalInputIsSimplified() {
        assertThat(expansion.expand("蘇聯")).startsWith("苏联").contains("苏维埃社会主义共和国联盟");
        assertThat(expansion.expand("國際科技合作")).startsWith("国际科技合作");
        assertThat(expansion.facetValue("蘇聯")).contains(new FacetValue(Facet.COUNTRY, "SU"));
    }

    @Test
    void unknownTermsStayAsTheyAre() {
        assertThat(expansion.expand("科技自立自强能力")).containsExactly("科技自立自强能力");
        assertThat(expansion.facetValue("科技自立自强能力")).isEmpty();
        assertThat(expansion.expand("  ")).isEmpty();
    }

    @Test
    void facetValues() {
        assertThat(expansion.facetValue("苏联")).contains(new FacetValue(Facet.COUNTRY, "SU"));
        assertThat(expansion.facetValue("USSR")).contains(new FacetValue(Facet.COUNTRY, "SU"));
        assertThat(expansion.facetValue("“十三五”")).contains(new FacetValue(Facet.PLAN_NAMED, "fyp13"));
        assertThat(expansion.facetValue("改革开放初期")).contains(new FacetValue(Facet.STAGE, "1978-1985"));
        assertThat(expansion.facetValue("科技援外")).contains(new FacetValue(Facet.THEME, "aid"));
        assertThat(expansion.facetValue("东盟")).contains(new FacetValue(Facet.COUNTRY, "ASEAN"));
    }
}
