package org.yuanliu.citation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yuanliu.citation.source.CitedWork;
import org.yuanliu.citation.source.CitedWorkBuilder;
import org.yuanliu.citation.source.Contributor;
import org.yuanliu.citation.source.FootnoteParser;
import org.yuanliu.citation.source.WorkKind;

class CitationExportTest {

    private static CitedWork parse(String note) {
        return FootnoteParser.parse(note).works().get(0);
    }

    private static final CitedWork BAI = parse("② 参见白春礼：《中华人民共和国科学技术史纲》（上卷），北京：科学出版社、龙门书局，2023 年版，第 Ⅴ页。");

    @Test
    void chineseBookWithThreeCharacterAuthorIsExactInGbt7714() {
        assertThat(CitationExport.gbt7714(BAI))
                .isEqualTo("白春礼. 中华人民共和国科学技术史纲: 上卷[M]. 北京: 科学出版社、龙门书局, 2023: Ⅴ.");
    }

    @Test
    void chineseNamesAreNeverSplitOrInitialised() {
        CitedWork w = CitedWorkBuilder.create().kind(WorkKind.BOOK).contributor(Contributor.author("李世民"))
                .contributor(Contributor.author("欧阳修")).title("测试书名").place("北京").publisher("中华书局").year(2011).build();
        String out = CitationExport.gbt7714(w);
        assertThat(out).isEqualTo("李世民, 欧阳修. 测试书名[M]. 北京: 中华书局, 2011.");
        assertThat(out).doesNotContain("李 世").doesNotContain("欧 阳");
        assertThat(CitationExport.gbt7714(w, Gbt7714Style.AUTHOR_DATE)).startsWith("李世民, 欧阳修, 2011.");
    }

    @Test
    void otherKindsInGbt7714() {
        assertThat(CitationExport.gbt7714(parse("⑤ 毛泽东：《要下决心搞尖端技术》，《党的文献》，1996 年第 1 期。")))
                .isEqualTo("毛泽东. 要下决心搞尖端技术[J]. 党的文献, 1996(1).");
        assertThat(CitationExport.gbt7714(parse("① 参见张敏：《巴黎统筹委员会》，《人民日报》1994 年 4 月 6 日。")))
                .isEqualTo("张敏. 巴黎统筹委员会[N]. 人民日报, 1994-04-06.");
        assertThat(CitationExport.gbt7714(parse("④⑤⑥ 《邓小平文选》（第二卷），北京：人民出版社，1994 年版，第 87、91、91 页。")))
                .isEqualTo("邓小平. 邓小平文选: 第二卷[M]. 北京: 人民出版社, 1994: 87, 91.");
        // documents are cited where they were printed: a newspaper [N], a publisher [M], else as documents
        assertThat(CitationExport.gbt7714(parse("③ 习近平：《高举中国特色社会主义伟大旗帜，为全面建设社会主义现代化国家而团结奋斗——"
                + "在中国共产党第二十次全国代表大会上的报告》，《人民日报》2022 年 10 月 26 日。")))
                .isEqualTo("习近平. 高举中国特色社会主义伟大旗帜，为全面建设社会主义现代化国家而团结奋斗——在中国共产党第二十次全国代表大会上的报告"
                        + "[N]. 人民日报, 2022-10-26.");
        assertThat(CitationExport.gbt7714(parse("[1] 国务院. 国家中长期科学和技术发展规划纲要（2006—2020 年）. 北京: 中国法制出版社, 2006.")))
                .isEqualTo("国务院. 国家中长期科学和技术发展规划纲要（2006—2020年）[M]. 北京: 中国法制出版社, 2006.");
        assertThat(CitationExport.gbt7714(parse("[11] 中央全面深化改革委员会. 关于加强创新能力开放合作的若干意见. 北京, 2019.")))
                .startsWith("中央全面深化改革委员会. 关于加强创新能力开放合作的若干意见[A]");
        assertThat(CitationExport.gbt7714(parse("⑥ 参见《科技部等四部委出台〈推进“一带一路”建设科技创新合作专项规划〉》，中国政府网，2016 年 10 月 4 日。")))
                .isEqualTo("科技部等四部委出台〈推进“一带一路”建设科技创新合作专项规划〉[EB/OL]. 中国政府网, 2016.");
        assertThat(CitationExport.gbt7714(parse("① Liu Jinyan, Wang Fang,Alexey ZHEMCHUGOV, ”Chinese scientists in Dubna（1956—1965）,” "
                + "Chinese Annals of History of Science and Technology,2021,Vol.5,No.2,pp.31-88.")))
                .isEqualTo("Liu Jinyan, Wang Fang, ZHEMCHUGOV A. Chinese scientists in Dubna（1956—1965）[J]. "
                        + "Chinese Annals of History of Science and Technology, 2021, 5(2): 31-88.");
    }

    @Test
    void severalWorksRenderInOnePassInOrder() {
        List<String> out = CitationExport.gbt7714(List.of(BAI, BAI), Gbt7714Style.NUMERIC);
        assertThat(out).hasSize(2).containsOnly("白春礼. 中华人民共和国科学技术史纲: 上卷[M]. 北京: 科学出版社、龙门书局, 2023: Ⅴ.");
    }

    @Test
    void bibtexBracesChineseNames() {
        String bib = CitationExport.bibtex(BAI);
        assertThat(bib).startsWith("@book{yl").contains("  author = {{白春礼}},\n").contains("  title = {{中华人民共和国科学技术史纲}},\n")
                .contains("  volume = {上卷},\n").contains("  publisher = {科学出版社、龙门书局},\n").contains("  address = {北京},\n")
                .contains("  year = {2023},\n").endsWith("}\n");
    }

    @Test
    void risHasOneTagPerField() {
        String ris = CitationExport.ris(parse("⑤ 毛泽东：《要下决心搞尖端技术》，《党的文献》，1996 年第 1 期。"));
        assertThat(ris.split("\r\n")).containsExactly("TY  - JOUR", "AU  - 毛泽东", "TI  - 要下决心搞尖端技术", "T2  - 党的文献",
                "IS  - 1", "PY  - 1996", "LA  - zh", "ER  - ");
    }

    @Test
    void cslJsonKeepsChineseNamesLiteral() throws Exception {
        Map<?, ?> json = new ObjectMapper().readValue(CitationExport.cslJson(BAI), Map.class);
        assertThat(json.get("type")).isEqualTo("book");
        assertThat(json.get("author")).isEqualTo(List.of(Map.of("literal", "白春礼")));
        assertThat(json.get("title")).isEqualTo("中华人民共和国科学技术史纲");
        assertThat(json.get("volume")).isEqualTo("上卷");
        assertThat(json.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2023))));
    }

    @Test
    void passageIsCitedAsItsDocumentAtItsPage() throws Exception {
        CitedWork article = CitedWorkBuilder.create().kind(WorkKind.JOURNAL_ARTICLE).contributor(Contributor.author("某作者"))
                .title("新中国对外科技合作交流的发展历程、基本经验与现实启示").container("党史研究").year(2024).issue("3")
                .pages(List.of("85-102")).build();
        QuotedPassage p = new QuotedPassage("独立自主不是闭关自守，自力更生不是盲目排外", "邓小平", article, "88");
        assertThat(CitationExport.gbt7714(p)).isEqualTo("某作者. 新中国对外科技合作交流的发展历程、基本经验与现实启示[J]. 党史研究, 2024(3): 88.");
        assertThat(CitationExport.ris(p)).contains("N1  - 邓小平：“独立自主不是闭关自守，自力更生不是盲目排外”\r\n").contains("SP  - 88\r\n");
        assertThat(CitationExport.bibtex(p)).contains("note = {邓小平：“独立自主不是闭关自守，自力更生不是盲目排外”}");
        Map<?, ?> json = new ObjectMapper().readValue(CitationExport.cslJson(p), Map.class);
        assertThat(json.get("note")).isEqualTo("邓小平：“独立自主不是闭关自守，自力更生不是盲目排外”");
        assertThat(json.get("page")).isEqualTo("88");
    }
}
