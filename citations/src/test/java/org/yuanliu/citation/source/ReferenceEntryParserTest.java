package org.yuanliu.citation.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reference-list entries: the CAS article's list (samples/cas-2020-istc-policy-evolution.pdf, 参考文献) and GB/T 7714 shapes. */
class ReferenceEntryParserTest {

    private static CitedWork work(String entry) {
        ParsedNote note = FootnoteParser.parse(entry);
        assertThat(note.works()).hasSize(1);
        return note.works().get(0);
    }

    @Test
    void aNumberedEntryWrittenNoteStyleWithCommasAndATitleInBookMarks() {
        // as some thesis templates print a list: names by commas, "和" before the last, the title in 《》
        CitedWork w = work("[3] 李明, 赵刚, 和陈静,《区域创新政策比较研究》,科学学研究,2019年第4期");
        assertThat(w.contributors()).containsExactly(Contributor.author("李明"), Contributor.author("赵刚"),
                Contributor.author("陈静"));
        assertThat(w.title()).isEqualTo("区域创新政策比较研究");
        assertThat(w.container()).isEqualTo("科学学研究");
        assertThat(w.year()).isEqualTo(2019);
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
        // a name that is the first of a list keeps its 和 (a surname)
        assertThat(work("[4] 和静, 李明,《边疆科技合作史》,北京：科学出版社,2015年版").contributors())
                .containsExactly(Contributor.author("和静"), Contributor.author("李明"));
    }

    @Test
    void casEntryBookWithPlaceAndPublisher() {
        ParsedNote note = FootnoteParser.parse("[1] 国务院. 国家中长期科学和技术发展规划纲要（2006—2020 年）. 北京:\n     中国法制出版社, 2006.");
        assertThat(note.markers()).containsExactly(1);
        CitedWork w = note.works().get(0);
        assertThat(w.contributors()).containsExactly(Contributor.author("国务院"));
        assertThat(w.title()).isEqualTo("国家中长期科学和技术发展规划纲要（2006—2020年）");
        assertThat(w.place()).isEqualTo("北京");
        assertThat(w.publisher()).isEqualTo("中国法制出版社");
        assertThat(w.year()).isEqualTo(2006);
        assertThat(w.kind()).isEqualTo(WorkKind.PLAN);
    }

    @Test
    void casEnglishBookWithEdition() {
        CitedWork w = work("[2] Krippendorff K. Content Analysis: An Introduction to Its Methodology. 4th\n     ed. Thousand Oaks: SAGE Publications, 2018.");
        assertThat(w.contributors()).containsExactly(Contributor.author("Krippendorff K"));
        assertThat(w.title()).isEqualTo("Content Analysis: An Introduction to Its Methodology");
        assertThat(w.edition()).isEqualTo("4th ed.");
        assertThat(w.place()).isEqualTo("Thousand Oaks");
        assertThat(w.publisher()).isEqualTo("SAGE Publications");
        assertThat(w.year()).isEqualTo(2018);
        assertThat(w.language()).isEqualTo("en");
    }

    @Test
    void casTreatyWithTwoCorporateAuthorsAndPlaceOnly() {
        CitedWork w = work("[8] 中华人民共和国政府, 苏维埃社会主义共和国联盟政府. 中苏科学技术\n     合作协定. 莫斯科, 1954.");
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("中华人民共和国政府", "苏维埃社会主义共和国联盟政府");
        assertThat(w.title()).isEqualTo("中苏科学技术合作协定");
        assertThat(w.place()).isEqualTo("莫斯科");
        assertThat(w.publisher()).isNull();
        assertThat(w.year()).isEqualTo(1954);
    }

    @Test
    void journalEntryWithVolumeIssuePages() {
        CitedWork w = work("[3] 作者甲, 作者乙. 题名[J]. 刊名, 2019, 34(5): 1-10.");
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("作者甲", "作者乙");
        assertThat(w.title()).isEqualTo("题名");
        assertThat(w.container()).isEqualTo("刊名");
        assertThat(w.year()).isEqualTo(2019);
        assertThat(w.volume()).isEqualTo("34");
        assertThat(w.issue()).isEqualTo("5");
        assertThat(w.pages()).containsExactly("1-10");
    }

    @Test
    void englishJournalEntry() {
        CitedWork w = work("[5] Smith J A, Jones B. Science diplomacy in practice[J]. Research Policy, 2018, 47(3): 600-612.");
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("Smith J A", "Jones B");
        assertThat(w.container()).isEqualTo("Research Policy");
        assertThat(w.volume()).isEqualTo("47");
        assertThat(w.issue()).isEqualTo("3");
        assertThat(w.pages()).containsExactly("600-612");
        assertThat(w.language()).isEqualTo("en");
    }

    @Test
    void bookEntryWithVolumeInTitle() {
        CitedWork w = work("[6] 毛泽东. 毛泽东文集: 第八卷[M]. 北京: 人民出版社, 1999: 159.");
        assertThat(w.kind()).isEqualTo(WorkKind.COLLECTED_WORKS);
        assertThat(w.title()).isEqualTo("毛泽东文集");
        assertThat(w.volume()).isEqualTo("第八卷");
        assertThat(w.pages()).containsExactly("159");
    }

    @Test
    void newspaperEntry() {
        CitedWork w = work("[4] 张敏. 巴黎统筹委员会[N]. 人民日报, 1994-04-06(7).");
        assertThat(w.kind()).isEqualTo(WorkKind.NEWSPAPER_ARTICLE);
        assertThat(w.container()).isEqualTo("人民日报");
        assertThat(w.date()).isEqualTo("1994-04-06");
        assertThat(w.pages()).containsExactly("7");
    }

    @Test
    void webEntryWithUpdateDateAndUrl() {
        CitedWork w = work("[9] 国务院. 国家创新驱动发展战略纲要[EB/OL]. (2016-05-19)[2024-01-02]. https://www.example.org/a/b.htm.");
        assertThat(w.kind()).isEqualTo(WorkKind.WEB_PAGE);
        assertThat(w.date()).isEqualTo("2016-05-19");
        assertThat(w.url()).isEqualTo("https://www.example.org/a/b.htm");
    }

    @Test
    void aTitleOpeningWithAQuoteIsSeparatedFromItsAuthor() {
        // CAS 2020 reference [4]: no space after the full stop, the title starts with “.
        CitedWork work = ReferenceEntryParser.parse("[4] 科学技术部.“十五”国际科技合作发展纲要.北京:科学技术部, 2001.").works().get(0);
        assertThat(work.contributors()).extracting(Contributor::name).containsExactly("科学技术部");
        assertThat(work.title()).isEqualTo("“十五”国际科技合作发展纲要");
        assertThat(work.year()).isEqualTo(2001);
    }

    @Test
    void aConferencePaperIsReadWithItsProceedingsWhateverTheSeparatorIsSetAs() {
        for (String separator : new String[] {"//", "∥", "‖"}) {
            CitedWork w = work("[12] Hamdane B, El Fatmi S G. A credential based access control solution [C]" + separator
                    + "2015 IEEE International Symposium on Integrated Network Management. Ottawa: IEEE, 2015: 1234-1237.");
            assertThat(w.kind()).as(separator).isEqualTo(WorkKind.CONFERENCE_PAPER);
            assertThat(w.contributors()).extracting(Contributor::name).containsExactly("Hamdane B", "El Fatmi S G");
            assertThat(w.title()).isEqualTo("A credential based access control solution");
            assertThat(w.container()).isEqualTo("2015 IEEE International Symposium on Integrated Network Management");
            assertThat(w.place()).isEqualTo("Ottawa");
            assertThat(w.publisher()).isEqualTo("IEEE");
            assertThat(w.year()).isEqualTo(2015);
            assertThat(w.pages()).containsExactly("1234-1237");
        }
    }

    @Test
    void aChapterNamesTheEditorsOfTheBookItIsIn() {
        CitedWork w = work("[4] 白春礼. 新中国科技事业的发展[M]//张三, 李四. 中国科技史论集. 北京: 科学出版社, 2019: 10-25.");
        assertThat(w.title()).isEqualTo("新中国科技事业的发展");
        assertThat(w.container()).isEqualTo("中国科技史论集");
        assertThat(w.contributors()).extracting(Contributor::name, Contributor::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("白春礼", ContributorRole.AUTHOR),
                org.assertj.core.groups.Tuple.tuple("张三", ContributorRole.EDITOR),
                org.assertj.core.groups.Tuple.tuple("李四", ContributorRole.EDITOR));
        assertThat(w.publisher()).isEqualTo("科学出版社");
        assertThat(w.pages()).containsExactly("10-25");
    }

    @Test
    void aTypeCodeSetWithSpacesInsideIsStillATypeCode() {
        CitedWork w = work("[7] He J, Dawson E. Multisecret-sharing scheme based on one-way function [ J]. Electronics Letters, "
                + "1995, 31 (2): 93-95.");
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("He J", "Dawson E");
        assertThat(w.title()).isEqualTo("Multisecret-sharing scheme based on one-way function");
        assertThat(w.container()).isEqualTo("Electronics Letters");
        assertThat(w.year()).isEqualTo(1995);

        CitedWork web = work("[9] Free Software Foundation. The GNU multiple precision arithmetic library[EB/ OL]. "
                + "2020(2020-01-17)[2020-09-30]. https://gmplib.org/.");
        assertThat(web.kind()).isEqualTo(WorkKind.WEB_PAGE);
        assertThat(web.title()).isEqualTo("The GNU multiple precision arithmetic library");
    }

    @Test
    void aNumberedEntryInGbtOrderWithoutATypeCodeKeepsAllItsAuthors() {
        CitedWork w = work("[3] Zhou Yong-Bin, Feng Deng-Guo. Design and analysis of cryptographic protocols for RFID. "
                + "Chinese Journal of Computers, 2006, 29(4): 581-589 (in Chinese)");
        assertThat(w.contributors()).extracting(Contributor::name).containsExactly("Zhou Yong-Bin", "Feng Deng-Guo");
        assertThat(w.title()).isEqualTo("Design and analysis of cryptographic protocols for RFID");
        assertThat(w.container()).isEqualTo("Chinese Journal of Computers");
        assertThat(w.year()).isEqualTo(2006);
        assertThat(w.kind()).isEqualTo(WorkKind.JOURNAL_ARTICLE);
    }
}
