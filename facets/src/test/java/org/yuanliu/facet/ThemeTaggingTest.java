package org.yuanliu.facet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.facet.Fixtures.tag;

/** Themes: weighted terms against a threshold, several per passage. */
class ThemeTaggingTest {

    @Test
    void intergovernmentalAgreement() {
        FacetTags tags = tag("1952 年我国与捷克斯洛伐克签署了新中国首个政府间科技合作协定");
        assertThat(tags.ids(Facet.THEME)).containsExactly("intergovernmental");
        assertThat(tags.evidence(Facet.THEME, "intergovernmental")).extracting(Evidence::text)
                .contains("政府间科技合作协定");
    }

    @Test
    void severalThemesInOnePassage() {
        // party-history, p. 92
        FacetTags tags = tag("在“一带一路”倡议下，中国与相关国家和地区开展了高起点、高水平科技合作。在农业、新能源、卫生健康等领域"
                + "启动建设了 53 个“一带一路”联合实验室；面向东盟、南亚建立跨国技术转移机构，建设 28 家海外分中心。");
        assertThat(tags.ids(Facet.THEME)).contains("belt-and-road", "bases-platforms");
    }

    @Test
    void embargoAndIndigenousInnovation() {
        FacetTags tags = tag("1996 年，以西方为首的若干国家签署了瓦森纳协议，在此基础上建立起新的多边出口控制机制。"
                + "只有立足于自主创新，突破“卡脖子”技术，打赢核心技术攻坚战");
        assertThat(tags.ids(Facet.THEME)).contains("export-control", "indigenous-innovation");
    }

    @Test
    void oneWeakTermIsNotATheme() {
        // 引进 alone (weight 1) does not make a passage about technology import, however often it occurs
        assertThat(tag("引进、引进、再引进").ids(Facet.THEME)).doesNotContain("technology-import");
        assertThat(tag("我国成套引进苏联技术和企业制度，引进设备").ids(Facet.THEME)).contains("technology-import");
    }

    @Test
    void aidToDevelopingCountries() {
        FacetTags tags = tag("在数十年的科技援外工作中，中国科学家在极其复杂、艰苦的环境中尽职尽责，有效改善了受援国的民生。");
        assertThat(tags.ids(Facet.THEME)).contains("aid");
    }

    @Test
    void passageWithoutThemes() {
        assertThat(tag("人才资源作为创新活动中最为活跃的因素").ids(Facet.THEME)).isEmpty();
    }
}
