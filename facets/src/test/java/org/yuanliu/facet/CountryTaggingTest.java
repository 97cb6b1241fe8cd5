package org.yuanliu.facet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.facet.Fixtures.tag;

/** Countries on sentences of the sample PDFs (pdftotext) and on known traps. */
class CountryTaggingTest {

    @Test
    void sinoSovietTreatyAndCzechoslovakia() {
        // cas-2020, 1.1
        FacetTags tags = tag("例如，1950 年《中苏友好同盟互助条约》的签订拉开双方科技合作的序幕；1952 年我国与捷克斯洛伐克"
                + "签署了新中国首个政府间科技合作协定；1954 年签订《中苏科学技术合作协定》等。");
        assertThat(tags.ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "SU", "CS");
        assertThat(tags.evidence(Facet.COUNTRY, "SU")).extracting(Evidence::text).containsOnly("苏");
        assertThat(tags.evidence(Facet.COUNTRY, "SU")).extracting(Evidence::kind).containsOnly(Evidence.Kind.ABBREVIATION);
    }

    @Test
    void fullSovietNameAcrossALineBreak() {
        // party-history, p. 86: the PDF breaks the line inside 中华人民共和国
        FacetTags tags = tag("1954 年 10 月，中苏签订《中华人\n民共和国和苏维埃社会主义共和国联盟科学技术合作协定》");
        assertThat(tags.ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "SU");
        assertThat(tags.evidence(Facet.COUNTRY, "SU")).extracting(Evidence::text)
                .contains("苏维埃社会主义共和国联盟");
        assertThat(tags.evidence(Facet.COUNTRY, "CN")).extracting(Evidence::text).contains("中华人\n民共和国");
    }

    @Test
    void westernEuropeanImportsWithHistoricalWestGermany() {
        // party-history, p. 88
        FacetTags tags = tag("随后，中国又从英国、法\n国、联邦德国、瑞典、意大利、瑞士、荷兰、比利时、奥地利等国进口了石油、化工、冶金、"
                + "矿山、电子和精密机械等 84 项成套设备和技术。");
        assertThat(tags.ids(Facet.COUNTRY))
                .containsExactly("CN", "GB", "FR", "FRG", "SE", "IT", "CH", "NL", "BE", "AT");
        assertThat(tags.ids(Facet.COUNTRY)).doesNotContain("DE");
    }

    @Test
    void abbreviationsInAnEnumeration() {
        // party-history, p. 90: 美、俄、欧 are the US, Russia and the EU
        FacetTags tags = tag("截至 2012 年年底，中国已与 154 个国家和地区建立了良好的科技合作关系，形成了与\n非洲、与东盟等地的科技合作，"
                + "以及与美、俄、欧对话合作机制。");
        assertThat(tags.ids(Facet.COUNTRY)).containsExactly("CN", "AFRICA", "ASEAN", "US", "RU", "EU");
    }

    @Test
    void pairAbbreviations() {
        assertThat(tag("1964 年 1 月中法宣布建交后").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "FR");
        assertThat(tag("实现了中美关系由对峙向缓和的历史性转变").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "US");
        assertThat(tag("美国在越南战场上失败、美苏冷战愈演愈烈").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("US", "VN", "SU");
        assertThat(tag("中欧班列").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "EU");
        assertThat(tag("中日邦交正常化").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("CN", "JP");
    }

    @Test
    void sideAbbreviations() {
        assertThat(tag("美方在科技交流中态度谨慎且有所保留").ids(Facet.COUNTRY)).containsExactly("US");
        assertThat(tag("苏方撤走专家").ids(Facet.COUNTRY)).containsExactly("SU");
        assertThat(tag("日方表示同意").ids(Facet.COUNTRY)).containsExactly("JP");
    }

    @Test
    void groupingsAreTheirOwnValues() {
        FacetTags tags = tag("新中国通过等价交换的对外贸易方式，获得了苏联和东欧国家的资金、技术和设备援助。在加强同亚非拉国家发展友好"
                + "关系的同时，尽可能发展与西欧国家及日本的关系。西方国家对我国全面封锁。为发展中国家在华培训各类人员。"
                + "共支持与“一带一路”共建国家联合研究项目");
        assertThat(tags.ids(Facet.COUNTRY)).contains("SU", "EASTERN_EUROPE", "ASIA_AFRICA_LATIN_AMERICA",
                "WESTERN_EUROPE", "JP", "WEST", "DEVELOPING", "BELT_AND_ROAD");
        // 发展中国家 is not China, “一带一路”共建国家 is read across its quotes
        assertThat(tag("为发展中国家在华培训各类人员").ids(Facet.COUNTRY)).containsExactly("DEVELOPING");
        assertThat(tag("与“一带一路”共建国家联合研究").evidence(Facet.COUNTRY, "BELT_AND_ROAD"))
                .extracting(Evidence::text).containsExactly("一带一路”共建国家");
    }

    @Test
    void englishNamesRespectWordsAndCase() {
        assertThat(tag("cooperation with the USSR and the US").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("SU", "US");
        assertThat(tag("let us focus on trade").ids(Facet.COUNTRY)).isEmpty();
        assertThat(tag("Japan and China").ids(Facet.COUNTRY)).containsExactlyInAnyOrder("JP", "CN");
        assertThat(tag("roast turkey").ids(Facet.COUNTRY)).isEmpty();
    }

    @Test
    void japanesePeopleIsJapan() {
        assertThat(tag("日本人").ids(Facet.COUNTRY)).containsExactly("JP");
        assertThat(tag("1963 年 6 月，中国同日\n本签订了第一个采用延期付款方式进口维尼纶成套设备的合同").ids(Facet.COUNTRY))
                .containsExactlyInAnyOrder("CN", "JP");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "提出引进 43 亿美元成套设备和单机的“四三方案”",        // 美元 is a currency
            "依法完善法律法规，改进方法和办法，加强立法",            // 法 inside words is not France
            "赫鲁晓夫不给我们尖端技术，极好！",                     // a Soviet leader is not a country
            "英文摘要和英语教材",                                 // a language is not the UK
            "中英文对照",
            "1978 年 1 月 21 日、22 日",                          // 日 after a number is a day
            "其中方法不同；集中方式；在这个过程中日益增长",          // 中 inside words
            "德、智、体、美、劳全面发展",                           // a list, but not of countries
            "美好生活，完美方案",
            "越来越多地实现技术跨越",
            "沿海地区和内蒙古",
            "关于印发《实施方案》的通知"
    })
    void notCountries(String text) {
        assertThat(tag(text).ids(Facet.COUNTRY)).isEmpty();
    }

    @Test
    void longerNameWinsOverAPairInsideIt() {
        // 其中美国: not 中美, and 中 is not China here
        assertThat(tag("其中美国占一半").ids(Facet.COUNTRY)).containsExactly("US");
        assertThat(tag("在谈判过程中美国多次调整").ids(Facet.COUNTRY)).containsExactly("US");
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalText() {
        String text = "此后，美国多次调整和放宽了对华出口管制的范围和标准。";
        Evidence evidence = tag(text).evidence(Facet.COUNTRY, "US").get(0);
        assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo("美国");
        assertThat(evidence.start()).isEqualTo(3);
    }

    @Test
    void evidenceDocumentIsKeyedByIndexField() {
        var document = tag("1954 年签订《中苏科学技术合作协定》").evidenceDocument();
        assertThat(document).containsKeys("country", "stage", "theme");
        assertThat(document.get("country").get("SU")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("text", "苏").containsEntry("kind", "ABBREVIATION"));
    }
}
