package org.yuanliu.facet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.facet.Fixtures.tag;

/** Named plans and plan periods. */
class PlanTaggingTest {

    @Test
    void quotedRangeOfPlans() {
        // cas-2020, 摘要
        FacetTags tags = tag("文章分析了“十五”至“十三五”期间，我国国际科技合作战略布局与国际形势、环境变化的相关性。");
        assertThat(tags.ids(Facet.PLAN_NAMED)).containsExactly("fyp10", "fyp13");
        // the range covers the plans in between
        assertThat(tags.ids(Facet.PLAN_PERIOD)).contains("fyp10", "fyp11", "fyp12", "fyp13").doesNotContain("fyp09", "fyp14");
        assertThat(tags.years()).isEmpty(); // implied by the plans, not written
        assertThat(tags.impliedYears()).startsWith(2001).endsWith(2020);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“十五”期间我国科技以“跟跑”为主",
            "十五期间，我国科技以跟跑为主",
            "十五时期的国际科技合作",
            "十五计划纲要提出建设国家创新体系",
            "2001 年，科技部发布了我国首个国际科技合作政策《“十五”国际科技合作发展纲要》",
            "国民经济和社会发展第十个五年计划科技教育发展专项规划",
            "from the 10th Five-Year Plan to the next"
    })
    void tenthFiveYearPlanInContext(String text) {
        assertThat(tag(text).ids(Facet.PLAN_NAMED)).containsExactly("fyp10");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "十五个国家和地区", "第十五次院士大会", "十五项成果", "一千五百名专家", "十五年来", "一千五",
            "二十五个合同", "一九七五年", "三五成群", "十五万人", "1990 年至 1995 年的十五个项目"
    })
    void numbersAreNotPlans(String text) {
        assertThat(tag(text).ids(Facet.PLAN_NAMED)).isEmpty();
    }

    @Test
    void plansInAListOrTableHeader() {
        assertThat(tag("（“七五”至“九五”时期）").ids(Facet.PLAN_NAMED)).containsExactly("fyp07", "fyp09");
        assertThat(tag("十五、十一五时期").ids(Facet.PLAN_NAMED)).containsExactly("fyp10", "fyp11");
        // cas-2020, 表 4 header: the plans as separate tokens
        assertThat(tag("时期\n十五    十一五   十二五     十三五").ids(Facet.PLAN_NAMED))
                .containsExactly("fyp10", "fyp11", "fyp12", "fyp13");
    }

    @Test
    void fullNamesAndScienceplans() {
        assertThat(tag("第十三个五年规划").ids(Facet.PLAN_NAMED)).containsExactly("fyp13");
        assertThat(tag("全国科学大会通过了《1978—1985 年全国科学技术发展规划纲要》").ids(Facet.PLAN_NAMED))
                .containsExactly("sci1978");
        assertThat(tag("国务院发布《国家中长期科学和技术发展规划纲要（2006—2020 年）》").ids(Facet.PLAN_NAMED))
                .containsExactly("sci2006");
        assertThat(tag("就我国“十四五”及 2021—2035 年国家中长期\n科技发展规划制定过程中").ids(Facet.PLAN_NAMED))
                .containsExactly("fyp14", "sci2021");
        assertThat(tag("《1956—1967年科学技术发展远景规划纲要》").ids(Facet.PLAN_NAMED)).containsExactly("sci1956");
    }

    @Test
    void planPeriodFromDiscussedYears() {
        FacetTags tags = tag("1996 年，国家决定启动旨在提高企业技术创新能力的“技术创新工程”");
        assertThat(tags.ids(Facet.PLAN_NAMED)).isEmpty();
        assertThat(tags.ids(Facet.PLAN_PERIOD)).containsExactly("fyp09");
        assertThat(tags.evidence(Facet.PLAN_PERIOD, "fyp09")).extracting(Evidence::text).containsExactly("1996 年");
    }

    @Test
    void longSpansPlaceAPassageInNoParticularPlan() {
        FacetTags tags = tag("改革开放以来，中国坚持对外开放基本国策");
        assertThat(tags.ids(Facet.PLAN_PERIOD)).isEmpty();
        assertThat(tags.ids(Facet.STAGE)).isEmpty();
        assertThat(tags.ids(Facet.STAGE_ALSO)).contains("1978-1985", "2012-");
    }
}
