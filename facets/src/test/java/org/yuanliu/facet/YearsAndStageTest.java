package org.yuanliu.facet;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.facet.Fixtures.TAGGER;
import static org.yuanliu.facet.Fixtures.tag;

/** Discussed years, heading spans and the stage rule. */
class YearsAndStageTest {

    private static List<YearSpan> spans(String text) {
        return YearSpans.mentions(text).stream().map(YearMention::span).toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void explicitYearsWithOrWithoutSpace() {
        assertThat(spans("1978 年 3 月全国科学大会召开")).containsExactly(YearSpan.of(1978));
        assertThat(spans("1978年12月")).containsExactly(YearSpan.of(1978));
        assertThat(spans("一九七八年")).containsExactly(YearSpan.of(1978));
    }

    @Test
    void ranges() {
        assertThat(spans("第一阶段 1949—1977 年")).containsExactly(new YearSpan(1949, 1977));
        assertThat(spans("1949-1977年")).containsExactly(new YearSpan(1949, 1977));
        assertThat(spans("（1949 年至 1978 年）")).containsExactly(new YearSpan(1949, 1978));
        assertThat(spans("《中国科学院编年史（1949—1999）》")).containsExactly(new YearSpan(1949, 1999));
        assertThat(spans("（2012 年至今）")).containsExactly(YearSpan.from(2012));
        assertThat(spans("1.4 第四阶段（2018 年以后）")).containsExactly(YearSpan.from(2018));
    }

    @Test
    void decades() {
        assertThat(spans("20 世纪 50 年代，中苏开展了大规模的科技合作交流")).containsExactly(new YearSpan(1950, 1959));
        assertThat(spans("20 世纪 60 年代末至 70 年代，国际、国内形势开始发生重大转折")).containsExactly(new YearSpan(1967, 1979));
        assertThat(spans("20 世纪 70 年代末至 80 年代\n初，我国打开了国门")).containsExactly(new YearSpan(1977, 1983));
        assertThat(spans("进入 20 世纪 90 年代")).containsExactly(new YearSpan(1990, 1999));
    }

    @Test
    void numbersThatAreNotYears() {
        assertThat(spans("共支持联合研究项目 1118 项，见第 1551 页")).isEmpty();
        assertThat(spans("北京：人民出版社，1999 年版，第 159、370 页")).isEmpty();
        assertThat(spans("党史研究 2024 年第 3 期")).isEmpty();
        assertThat(spans("Vol. 35 No. 5 2020")).isEmpty();
    }

    @Test
    void headingSpan() {
        assertThat(YearSpans.fromHeading("第一阶段（1949—1977年）")).contains(new YearSpan(1949, 1977));
        assertThat(YearSpans.fromHeading("1.3 第三阶段（1986—2017 年）：国际科技合作进入全面、平稳、深入发展阶段"))
                .contains(new YearSpan(1986, 2017));
        assertThat(YearSpans.fromHeading("（三）以全球视野谋划和推动科技创新：新时代我国对外科技合作交流的新发展（2012\n年至今）"))
                .contains(YearSpan.from(2012));
        assertThat(YearSpans.fromHeading("2.1 国际科技形势与合作需求在我国科技政策中的体现")).isEmpty();
    }

    @Test
    void stageFromTheYearsAPassageDiscusses() {
        FacetTags tags = tag("1978 年 1 月 21 日，中法签订《中华人民共和国政府和法兰西政府科学技术协定》");
        assertThat(tags.ids(Facet.STAGE)).containsExactly("1978-1985");
        assertThat(tags.years()).containsExactly(1978);
    }

    @Test
    void sectionSpanOnlyWhenThePassageNamesNoYears() {
        TagContext section = TagContext.underHeading("1.1 第一阶段（1949—1977 年）：对外科技合作以面向社会主义国家为主", 2020);
        FacetTags withoutYears = TAGGER.tag("新中国成立之初，我国科技基础十分薄弱。", new TagContext(null, 2020));
        assertThat(withoutYears.ids(Facet.STAGE)).containsExactly("1949-1977"); // from the named period
        FacetTags plain = TAGGER.tag("当时的对外科技合作与交流，有力促进了国民经济发展和科技进步。", section);
        assertThat(plain.ids(Facet.STAGE)).containsExactly("1949-1977");
        assertThat(plain.evidence(Facet.STAGE, "1949-1977")).extracting(Evidence::kind).containsExactly(Evidence.Kind.SECTION);
        assertThat(plain.years()).isEmpty();
        // own years win over the section's
        FacetTags own = TAGGER.tag("1979 年 1 月 31 日，邓小平和美国总统卡特正式签订协定", section);
        assertThat(own.ids(Facet.STAGE)).containsExactly("1978-1985");
    }

    @Test
    void publicationYearClosesOpenSpansButIsNotDiscussed() {
        TagContext context = TagContext.underHeading("1.4 第四阶段（2018 年以后）", 2020);
        assertThat(context.sectionSpan()).isEqualTo(YearSpan.from(2018));
        FacetTags tags = TAGGER.tag("国际科技合作的思路和方式，开始进入第四发展阶段。", context);
        assertThat(tags.years()).isEmpty();
        assertThat(tags.ids(Facet.STAGE)).containsExactly("2012-");
        assertThat(tags.ids(Facet.PLAN_PERIOD)).containsExactly("fyp13", "sci2006"); // 2018–2020 lies in both

        FacetTags since = TAGGER.tag("2018 年以后，全球竞争格局进入剧烈重构期", new TagContext(null, 2020));
        assertThat(since.years()).containsExactly(2018); // written
        assertThat(since.impliedYears()).containsExactly(2019, 2020); // the rest of the open span
        assertThat(TAGGER.tag("2018 年以后", TagContext.NONE).impliedYears()).isEmpty();
    }

    @Test
    void namedPeriodsAndEventsAreYears() {
        FacetTags early = tag("改革开放初期，国家就对外科技合作工作及时作出战略调整");
        assertThat(early.years()).isEmpty(); // no year is written: the period's years are implied
        assertThat(early.impliedYears()).isEqualTo(range(1978, 1985));
        assertThat(early.ids(Facet.STAGE)).containsExactly("1978-1985");
        FacetTags plenum = tag("党的十一届三中全会作出把全党工作的着重点转移到社会主义现代化建设上来的重大决策");
        assertThat(plenum.impliedYears()).containsExactly(1978);
        assertThat(plenum.ids(Facet.STAGE)).containsExactly("1978-1985");
        assertThat(TAGGER.tag("新时代以来，我国以全球视野谋划和推动科技创新", new TagContext(null, 2024)).ids(Facet.STAGE))
                .containsExactly("2012-");
        // an open span from an event reaches four eras: it touches them, it is not about one
        assertThat(tag("十一届三中全会以后").evidence(Facet.STAGE_ALSO, "1978-1985")).extracting(Evidence::kind)
                .containsExactly(Evidence.Kind.PERIOD);
    }

    @Test
    void aLongImpliedSpanOnlyTouchesItsEras() {
        FacetTags since = TAGGER.tag("改革开放以来，我国对外科技合作不断深化", new TagContext(null, 2020));
        assertThat(since.years()).isEmpty();
        assertThat(since.impliedYears()).isEqualTo(range(1978, 2020));
        assertThat(since.ids(Facet.STAGE)).isEmpty();
        assertThat(since.ids(Facet.STAGE_ALSO)).containsExactly("1978-1985", "1986-2000", "2001-2011", "2012-");
        // under a section with a span, that span is what the passage is about
        FacetTags inSection = TAGGER.tag("改革开放以来，我国对外科技合作不断深化",
                TagContext.underHeading("1.3 第三阶段（1986—2000 年）", 2020));
        assertThat(inSection.ids(Facet.STAGE)).containsExactly("1986-2000");
        assertThat(inSection.ids(Facet.STAGE_ALSO)).containsExactly("1978-1985", "2001-2011", "2012-");
    }

    @Test
    void anOpenWrittenSpanIsAboutItsFirstYear() {
        FacetTags tags = TAGGER.tag("1978 年以来，中外科技交流日益频繁", new TagContext(null, 2020));
        assertThat(tags.years()).containsExactly(1978);
        assertThat(tags.ids(Facet.STAGE)).containsExactly("1978-1985");
        assertThat(tags.ids(Facet.STAGE_ALSO)).containsExactly("1986-2000", "2001-2011", "2012-");
        FacetTags range = tag("1978—1985 年，我国先后与几十个国家签订了科技合作协定");
        assertThat(range.years()).isEqualTo(range(1978, 1985));
        assertThat(range.impliedYears()).isEmpty();
    }

    @Test
    void decadeSpanningTwoStages() {
        FacetTags tags = tag("20 世纪 50 年代末至 60 年代末，中国面临的国内外形势发生重大变化");
        assertThat(tags.years()).isEqualTo(range(1957, 1969));
        assertThat(tags.ids(Facet.STAGE)).containsExactly("1949-1977");
    }
}
