package org.yuanliu.citation.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Footnotes of samples/party-history-2024-istc-exchange.pdf as {@code pdftotext -layout} prints them (page given
 * with each), including the spaces and line breaks the layout leaves inside them.
 */
class FootnoteParserTest {

    private static CitedWork only(String note) {
        ParsedNote p = FootnoteParser.parse(note);
        assertThat(p.works()).hasSize(1);
        return p.works().get(0);
    }

    @Test
    void collectedWorksWithVolumeAndTwoPages_p87() {
        ParsedNote note = FootnoteParser.parse("⑥⑦ 《毛泽东文集》（第八卷），北京：人民出版社，1999 年版，第 159、370 页。");
        CitedWork w = note.works().get(0);
        assertThat(note.markers()).containsExactly(6, 7);
        assertThat(w.kind()).isEqualTo(WorkKind.COLLECTED_WORKS);
        assertThat(w.title()).isEqualTo("毛泽东文集");
        assertThat(w.volume()).isEqualTo("第八卷");
        assertThat(w.place()).isEqualTo("北京");
        assertThat(w.publisher()).isEqualTo("人民出版社");
        assertThat(w.year()).isEqualTo(1999);
        assertThat(w.pages()).containsExactly("159", "370");
        assertThat(w.contributors()).containsExactly(new Contributor("毛泽东", ContributorRole.AUTHOR, true));
        assertThat(w.lead()).isNull();
        assertThat(note.pagesForMarker(1, 2)).contains("370");
    }

    @Test
    void combinedNoteMapsEachMarkerToItsPage_p88() {
        ParsedNote note = FootnoteParser.parse("④⑤⑥ 《邓小平文选》（第二卷），北京：人民出版社，1994 年版，第 87、91、91 页。");
        assertThat(note.markers()).containsExactly(4, 5, 6);
        assertThat(note.works().get(0).pages()).containsExactly("87", "91", "91");
        assertThat(note.pagesForMarker(0, 3)).contains("87");
        assertThat(note.pagesForMarker(1, 3)).contains("91");
        assertThat(note.pagesForMarker(2, 3)).contains("91");
        assertThat(note.pagesForMark(4)).contains("87");
        assertThat(note.pagesForMarker(3, 3)).isEmpty();
    }

    @Test
    void combinedNoteWithRangesAndNonConsecutiveMarks_p97() {
        ParsedNote note = FootnoteParser.parse("①③⑤ 参见《中国科技发展 70 年（1949—2019）》，北京：科学技术文献出版社，2019 年版，第 12-13、\n"
                + "    186-187、301-307 页。");
        assertThat(note.markers()).containsExactly(1, 3, 5);
        CitedWork w = note.works().get(0);
        assertThat(w.title()).isEqualTo("中国科技发展70年（1949—2019）");
        assertThat(w.lead()).isEqualTo("参见");
        assertThat(note.pagesForMark(3)).contains("186-187");
        assertThat(note.pagesForMark(5)).contains("301-307");
    }

    @Test
    void bookWithAuthorHalfVolumeAndRomanPage_p86() {
        CitedWork w = only("② 参见白春礼：     《中华人民共和国科学技术史纲》               （上卷）    ，北京：科学出版社、龙门书局，2023 年版，第\n"
                + "  Ⅴ页。");
        assertThat(w.kind()).isEqualTo(WorkKind.BOOK);
        assertThat(w.lead()).isEqualTo("参见");
        assertThat(w.contributors()).containsExactly(Contributor.author("白春礼"));
        assertThat(w.title()).isEqualTo("中华人民共和国科学技术史纲");
        assertThat(w.volume()).isEqualTo("上卷");
        assertThat(w.publisher()).isEqualTo("科学出版社、龙门书局");
        assertThat(w.year()).isEqualTo(2023);
        assertThat(w.pages()).containsExactly("Ⅴ");
        assertThat(w.language()).isEqualTo("zh");
    }

    @Test
    void memoirWithLowerVolumeAndPageRange_p87() {
        CitedWork w = only("② 参见聂荣臻：《聂荣臻回忆录》（下），北京：人民出版社，2022 年版，第 663-664 页。");
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("聂荣臻");
        assertThat(w.volume()).isEqualTo("下");
        assertThat(w.pages()).containsExactly("663-664");
    }

    @Test
    void newspaperArticleWithFullDate_p89() {
        CitedWork w = only("④ 参见《邓副总理和卡特总统签署中美科技合作协定和文化协定并发表讲话》，《人民日报》1979 年 2 月\n  2 日。");
        assertThat(w.kind()).isEqualTo(WorkKind.NEWSPAPER_ARTICLE);
        assertThat(w.title()).isEqualTo("邓副总理和卡特总统签署中美科技合作协定和文化协定并发表讲话");
        assertThat(w.container()).isEqualTo("人民日报");
        assertThat(w.year()).isEqualTo(1979);
        assertThat(w.date()).isEqualTo("1979-02-02");
        assertThat(w.pages()).isEmpty();
    }

    @Test
    void reportPrintedInNewspaperByAuthor_p92() {
        ParsedNote note = FootnoteParser.parse("③④ 习近平：《高举中国特色社会主义伟大旗帜，为全面建设社会主义现代化国家而团结奋斗——在中国\n"
                + "    共产党第二十次全国代表大会上的报告》，《人民日报》2022 年 10 月 26 日。");
        CitedWork w = note.works().get(0);
        assertThat(w.contributors()).containsExactly(Contributor.author("习近平"));
        assertThat(w.title()).isEqualTo("高举中国特色社会主义伟大旗帜，为全面建设社会主义现代化国家而团结奋斗——在中国共产党第二十次全国代表大会上的报告");
        assertThat(w.kind()).isEqualTo(WorkKind.REPORT);
        assertThat(w.container()).isEqualTo("人民日报");
        assertThat(w.date()).isEqualTo("2022-10-26");
        assertThat(note.pagesForMarker(1, 2)).isEmpty();
    }

    @Test
    void webPageWithSiteAndDate_p92() {
        CitedWork w = only("⑤ 《两会受权发布丨李强在政府工作报告中提出，深入实施科教兴国战略，强化高质量发展的基础支撑》     ，\n"
                + "  新华网，2024 年 3 月 5 日。");
        assertThat(w.kind()).isEqualTo(WorkKind.WEB_PAGE);
        assertThat(w.title()).isEqualTo("两会受权发布丨李强在政府工作报告中提出，深入实施科教兴国战略，强化高质量发展的基础支撑");
        assertThat(w.container()).isEqualTo("新华网");
        assertThat(w.date()).isEqualTo("2024-03-05");
    }

    @Test
    void titleWithNestedBookMarksIsKept_p92() {
        CitedWork w = only("⑥ 参见《科技部等四部委出台〈推进“一带一路”建设科技创新合作专项规划〉》，中国政府网，2016 年\n  10 月 4 日。");
        assertThat(w.title()).isEqualTo("科技部等四部委出台〈推进“一带一路”建设科技创新合作专项规划〉");
        assertThat(w.container()).isEqualTo("中国政府网");
        assertThat(w.kind()).isEqualTo(WorkKind.WEB_PAGE);
        assertThat(w.date()).isEqualTo("2016-10-04");
    }

    @Test
    void journalArticleWithYearAndIssue_p87() {
        CitedWork w = only("⑤ 毛泽东：《要下决心搞尖端技术》，《党的文献》，1996 年第 1 期。");
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
        assertThat(w.contributors()).containsExactly(Contributor.author("毛泽东"));
        assertThat(w.title()).isEqualTo("要下决心搞尖端技术");
        assertThat(w.container()).isEqualTo("党的文献");
        assertThat(w.year()).isEqualTo(1996);
        assertThat(w.issue()).isEqualTo("1");
    }

    @Test
    void journalArticleWithTwoAuthorsAndIssueWithout年_p99() {
        CitedWork w = only("② 参见方兴东、杜磊：《中美科技竞争的未来趋势研究——全球科技创新驱动下的产业优势转移、冲突与\n"
                + "  再平衡》，《人民论坛·学术前沿》，2019 第 24 期。");
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("方兴东", "杜磊");
        assertThat(w.container()).isEqualTo("人民论坛·学术前沿");
        assertThat(w.year()).isEqualTo(2019);
        assertThat(w.issue()).isEqualTo("24");
    }

    @Test
    void editorsAreMarkedAsEditors_p92() {
        CitedWork w = only("⑧ 参见孙壮志、赵克斌、王晓泉主编：《“一带一路”建设发展报告（2022）》，北京：社会科学文献出版\n  社，2023 年版，第 9 页。");
        assertThat(w.contributors()).extracting(Contributor::name, Contributor::role).containsExactly(
                tuple("孙壮志", ContributorRole.EDITOR), tuple("赵克斌", ContributorRole.EDITOR), tuple("王晓泉", ContributorRole.EDITOR));
        assertThat(w.title()).isEqualTo("“一带一路”建设发展报告（2022）");
        assertThat(w.publisher()).isEqualTo("社会科学文献出版社");
        assertThat(w.pages()).containsExactly("9");
    }

    @Test
    void speechPublishedAsBook_p98() {
        ParsedNote note = FootnoteParser.parse("②③ 习近平：《在科学家座谈会上的讲话》，北京：人民出版社，2020 年版，第 11、12 页。");
        CitedWork w = note.works().get(0);
        assertThat(w.kind()).isEqualTo(WorkKind.SPEECH);
        assertThat(note.pagesForMark(3)).contains("12");
    }

    @Test
    void citedPoliciesHaveTheirOwnKindAndTheIssuerTheTitleNamesAsAuthor() {
        CitedWork decision = only("⑦ 《中共中央、国务院关于实施科技规划纲要增强自主创新能力的决定》，北京：人民出版社，2006 年版，第 26 页。");
        assertThat(decision.kind()).isEqualTo(WorkKind.DECISION);
        assertThat(decision.contributors()).extracting(Contributor::name, Contributor::implied)
                .containsExactly(tuple("中共中央", true), tuple("国务院", true));
        assertThat(only("⑤ 《国家创新驱动发展战略纲要》，北京：人民出版社，2016 年版，第 6 页。").kind()).isEqualTo(WorkKind.PLAN);
        assertThat(only("③ 《海南自由贸易港科技开放创新若干规定》，海南省人民政府网站，2021 年 12 月 6 日").kind())
                .isEqualTo(WorkKind.REGULATION);
        assertThat(only("④ 《关于印发〈若干政策〉的通知》，临港新片区管理委员会网站，2023 年 3 月 23 日。").kind())
                .isEqualTo(WorkKind.NOTICE);
        CitedWork communique = only("② 《中国共产党第十九届中央委员会第五次全体会议公报》，北京：人民出版社，2020 年版，第 16 页。");
        assertThat(communique.kind()).isEqualTo(WorkKind.REPORT);
        assertThat(communique.contributors()).extracting(Contributor::name)
                .containsExactly("中国共产党第十九届中央委员会第五次全体会议");
    }

    @Test
    void aCongressReportInANewspaperIsAReportAndNewsAboutADocumentIsNews() {
        CitedWork report = only("① 习近平：《高举中国特色社会主义伟大旗帜，为全面建设社会主义现代化国家而团结奋斗——在中国共产党第二十次"
                + "全国代表大会上的报告》，《人民日报》2022 年 10 月 26 日。");
        assertThat(report.kind()).isEqualTo(WorkKind.REPORT);
        assertThat(report.container()).isEqualTo("人民日报");
        assertThat(only("② 《科技部等四部委出台〈推进“一带一路”建设科技创新合作专项规划〉》，中国政府网，2016 年 10 月 4 日。").kind())
                .isEqualTo(WorkKind.WEB_PAGE);
        assertThat(only("③ 《邓副总理和卡特总统签署中美科技合作协定和文化协定并发表讲话》，《人民日报》1979 年 2 月 2 日。").kind())
                .isEqualTo(WorkKind.NEWSPAPER_ARTICLE);
        assertThat(only("④ 《党的二十大报告辅导读本》，北京：人民出版社，2022 年版，第 349 页。").kind()).isEqualTo(WorkKind.BOOK);
    }

    @Test
    void collectedWorksOfAPersonCarryThePersonAsImpliedAuthor() {
        CitedWork mao = only("⑥ 《毛泽东文集》（第八卷），北京：人民出版社，1999 年版，第 159、370 页。");
        assertThat(mao.kind()).isEqualTo(WorkKind.COLLECTED_WORKS);
        assertThat(mao.contributors()).extracting(Contributor::name, Contributor::role, Contributor::implied)
                .containsExactly(tuple("毛泽东", ContributorRole.AUTHOR, true));
        CitedWork talks = only("① 《习近平谈治国理政》（第二卷），北京：外文出版社，2017 年版，第 484 页。");
        assertThat(talks.kind()).isEqualTo(WorkKind.COLLECTED_WORKS);
        assertThat(talks.contributors())
                .extracting(Contributor::name).containsExactly("习近平");
        assertThat(only("② 《十八大以来重要文献选编》（上），北京：中央文献出版社，2014 年版，第 19 页。").contributors()).isEmpty();
    }

    @Test
    void englishJournalArticleWithVolumeIssueAndPages_p98() {
        CitedWork w = only("① Liu Jinyan, Wang Fang,Alexey ZHEMCHUGOV, ”Chinese scientists in Dubna（1956—1965）,” Chinese Annals\n"
                + "  of History of Science and Technology,2021,Vol.5,No.2,pp.31-88.");
        assertThat(w.language()).isEqualTo("en");
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("Liu Jinyan", "Wang Fang", "Alexey ZHEMCHUGOV");
        assertThat(w.title()).isEqualTo("Chinese scientists in Dubna（1956—1965）");
        assertThat(w.container()).isEqualTo("Chinese Annals of History of Science and Technology");
        assertThat(w.year()).isEqualTo(2021);
        assertThat(w.volume()).isEqualTo("5");
        assertThat(w.issue()).isEqualTo("2");
        assertThat(w.pages()).containsExactly("31-88");
    }

    @Test
    void noteCitingSeveralWorksSplitsOnSemicolons_p93() {
        ParsedNote note = FootnoteParser.parse("③ 参见《海南：多举措支持自贸港科技开放创新》       ，中国政府网，2022 年 2 月 10 日；贺梨萍：《自贸区十\n"
                + "  周年｜特稿：创新驱动发展，       “小学生”如何起步跨境技术贸易？》，澎湃新闻，2023 年 9 月 23 日；《海\n"
                + "  南自由贸易港科技开放创新若干规定》，海南省人民政府网站，2021 年 12 月 6 日；《关于印发〈中国\n"
                + " （上海）自由贸易试验区临港新片区加快推动科技创新支撑引领产业高质量发展若干政策〉的通知》                ，中\n"
                + "  国（上海）自由贸易试验区临港新片区管理委员会网站，2023 年 3 月 23 日。");
        List<CitedWork> works = note.works();
        assertThat(works).hasSize(4);
        // two news items on web sites, then a regulation and a notice published there
        assertThat(works).extracting(CitedWork::kind).containsExactly(WorkKind.WEB_PAGE, WorkKind.WEB_PAGE,
                WorkKind.REGULATION, WorkKind.NOTICE);
        assertThat(works).extracting(CitedWork::lead).containsOnly("参见");
        assertThat(works).extracting(CitedWork::container).containsExactly(
                "中国政府网", "澎湃新闻", "海南省人民政府网站", "中国（上海）自由贸易试验区临港新片区管理委员会网站");
        assertThat(works).extracting(CitedWork::date).containsExactly("2022-02-10", "2023-09-23", "2021-12-06", "2023-03-23");
        assertThat(works.get(1).contributors()).containsExactly(Contributor.author("贺梨萍"));
        assertThat(works.get(1).title()).isEqualTo("自贸区十周年｜特稿：创新驱动发展，“小学生”如何起步跨境技术贸易？");
        assertThat(works.get(3).title()).isEqualTo(
                "关于印发〈中国（上海）自由贸易试验区临港新片区加快推动科技创新支撑引领产业高质量发展若干政策〉的通知");
    }

    @Test
    void explanatoryNoteKeepsTheExplanationAndCitesTheNewspaper_p86() {
        String raw = "① “巴黎统筹委员会”       （Coordinating Committee for Export to Communist Countries）\n"
                + "                                                                           ，是对社会主义国家实\n"
                + "  现禁运和贸易限制的国际组织，简称“巴统”                   。其正式名字为“对共产党国家出口管制统筹委员会”                  ，是\n"
                + "  1949 年 11 月在美国的提议下秘密成立的，共 17 个成员国。                     “巴统”是第二次世界大战后西方发达工业\n"
                + "  国家在国际贸易领域中纠集起来的一个非官方的国际机构，其宗旨是限制成员国向社会主义国家出口\n"
                + "  战略物资和高技术。“巴统”于 1994 年 4 月 1 日解散。（参见张敏：《巴黎统筹委员会》，《人民日报》\n"
                + "  1994 年 4 月 6 日）";
        ParsedNote note = FootnoteParser.parse(raw);
        assertThat(note.raw()).isEqualTo(raw);
        assertThat(note.markers()).containsExactly(1);
        assertThat(note.explanation())
                .startsWith("“巴黎统筹委员会”（Coordinating Committee for Export to Communist Countries），是对社会主义国家实现禁运")
                .endsWith("“巴统”于1994年4月1日解散。");
        CitedWork w = note.works().get(0);
        assertThat(w.lead()).isEqualTo("参见");
        assertThat(w.contributors()).containsExactly(Contributor.author("张敏"));
        assertThat(w.title()).isEqualTo("巴黎统筹委员会");
        assertThat(w.container()).isEqualTo("人民日报");
        assertThat(w.kind()).isEqualTo(WorkKind.NEWSPAPER_ARTICLE);
        assertThat(w.date()).isEqualTo("1994-04-06");
    }

    @Test
    void explanationOnlyNoteCitesNothing_p93() {
        ParsedNote note = FootnoteParser.parse("② “跨境技术贸易”是指不同国家和地区间，按照商业条件签订技术协议或技术合同进行的有偿的技术\n  转让。");
        assertThat(note.cites()).isFalse();
        assertThat(note.explanation()).isEqualTo("“跨境技术贸易”是指不同国家和地区间，按照商业条件签订技术协议或技术合同进行的有偿的技术转让。");
    }

    @Test
    void fundNoteIsExplanation_p85() {
        ParsedNote note = FootnoteParser.parse("* 本文系国家社会科学基金青年项目“中国共产党领导国家实验室建设的历史及经验研究”（23CDJ048）\n  的阶段性成果。");
        assertThat(note.markers()).isEmpty();
        assertThat(note.cites()).isFalse();
        assertThat(note.explanation()).startsWith("本文系国家社会科学基金青年项目");
    }

    @Test
    void titleWithYearSpanInsideKeepsIt_p87() {
        CitedWork w = only("④ 参见《中华人民共和国科学技术大事记（1949—1988）》，北京：科学技术文献出版社，1989 年版，第\n  175 页。");
        assertThat(w.title()).isEqualTo("中华人民共和国科学技术大事记（1949—1988）");
        assertThat(w.pages()).containsExactly("175");
    }

    @Test
    void aNoteNumberedPlainOrInBracketsIsReadLikeAnyFootnote() {
        // Word and LibreOffice number footnotes and endnotes 1, 2, 3; endnote lists under 注释 often print [n].
        ParsedNote plain = FootnoteParser.parse("2 《十八大以来重要文献选编》（上），北京：中央文献出版社，2014 年版，第 19 页。");
        assertThat(plain.markers()).containsExactly(2);
        assertThat(plain.works()).extracting(CitedWork::title).containsExactly("十八大以来重要文献选编");

        ParsedNote endnote = FootnoteParser.parse("[3] 参见方兴东、杜磊：《中美科技竞争的未来趋势研究》，《人民论坛·学术前沿》，2019 年第 24 期。");
        assertThat(endnote.markers()).containsExactly(3);
        assertThat(endnote.works()).extracting(CitedWork::title).containsExactly("中美科技竞争的未来趋势研究");
        assertThat(endnote.works().get(0).container()).isEqualTo("人民论坛·学术前沿");
    }

    @Test
    void aBracketedEntryInReferenceStyleStillGoesToTheEntryParser() {
        ParsedNote entry = FootnoteParser.parse("[5] 国务院. 国家“十二五”科学和技术发展规划[Z]. 北京: 科学技术部, 2011.");
        assertThat(entry.works()).extracting(CitedWork::title).containsExactly("国家“十二五”科学和技术发展规划");
    }
}
