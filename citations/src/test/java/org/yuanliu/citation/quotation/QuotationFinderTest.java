package org.yuanliu.citation.quotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paragraphs of samples/party-history-2024-istc-exchange.pdf (page given), with their circled markers inline. */
class QuotationFinderTest {

    private static final QuotationFinder FINDER = QuotationFinder.standard();

    private static QuotationScan scan(String paragraph) {
        return FINDER.find(paragraph, List.of(), Optional.empty());
    }

    @Test
    void maoQuotationWithMarkerAndScareQuotedTerm_p87() {
        String p = "在苏联发难、失去苏联援助的极其困难条件下，党中央强调“自力更生”。毛泽东指出：“要下决心，搞尖端技术。"
                + "赫鲁晓夫不给我们尖端技术，极好！如果给了，这个账是很难还的。”⑤ 在党中央的正确领导下，我国科技人员发扬艰苦奋斗的创业精神。";
        QuotationScan s = scan(p);
        assertThat(s.quotations()).hasSize(2); // 党中央's slogan “自力更生” (a clause of its own), then 毛泽东's words
        assertThat(s.quotations().get(0).speaker()).isEqualTo("党中央");
        Quotation q = s.quotations().get(1);
        assertThat(q.text()).isEqualTo("要下决心，搞尖端技术。赫鲁晓夫不给我们尖端技术，极好！如果给了，这个账是很难还的。");
        assertThat(p.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.speaker()).isEqualTo("毛泽东");
        assertThat(q.attribution()).isEqualTo(Attribution.NAMED);
        assertThat(q.marker()).isEqualTo("⑤");
        assertThat(s.terms()).isEmpty();
        assertThat(s.lastSpeaker()).isEqualTo("毛泽东");
    }

    @Test
    void dengQuotationsResolvePronounAndTakeTheDateOfTheSentenceNamingHim_p88() {
        String p = "1978 年 3 月全国科学大会召开，邓小平在大会开幕式上作出“科学技术是生产力”④ 等重要论断。他提出，"
                + "“必须坚持独立自主、自力更生的方针。但是，独立自主不是闭关自守，自力更生不是盲目排外”⑤ ，强调“科学技术是人类共同创造的财富。"
                + "任何一个民族、一个国家，都需要学习别的民族、别的国家的长处，学习人家的先进科学技术。”⑥ 。全国科学大会通过了"
                + "《1978—1985 年全国科学技术发展规划纲要》。";
        List<Quotation> qs = scan(p).quotations();
        Quotation closed = qs.stream().filter(q -> q.text().contains("独立自主不是闭关自守")).findFirst().orElseThrow();
        assertThat(closed.speaker()).isEqualTo("邓小平");
        assertThat(closed.attribution()).isEqualTo(Attribution.PRONOUN);
        assertThat(closed.marker()).isEqualTo("⑤");
        assertThat(closed.date()).isEqualTo("1978-03");
        Quotation wealth = qs.stream().filter(q -> q.text().startsWith("科学技术是人类")).findFirst().orElseThrow();
        assertThat(wealth.speaker()).isEqualTo("邓小平");
        assertThat(wealth.attribution()).isEqualTo(Attribution.CONTINUED);
        assertThat(wealth.marker()).isEqualTo("⑥");
        Quotation productivity = qs.stream().filter(q -> q.text().equals("科学技术是生产力")).findFirst().orElseThrow();
        assertThat(productivity.marker()).isEqualTo("④");
        assertThat(productivity.date()).isEqualTo("1978-03");
        // 作出“…”等重要论断: a short quotation attributed by the statement it is called.
        assertThat(productivity.speaker()).isEqualTo("邓小平");
    }

    @Test
    void pronounResolvesToNearestNamedPersonInParagraph_p87() {
        String p = "10 月 8 日，聂荣臻在国防部五院成立大会上宣布，以“自力更生为主，力争外援和利用资本主义国家已有的科学技术成就”作为五院的建院方针。"
                + "他指出：“我们不能排除在互利原则下的外援，我们不搞闭关锁国，但是我们的立足点必须放在自力更生的基础上。”③";
        List<Quotation> qs = FINDER.find(p, List.of(), Optional.of("李富春")).quotations();
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).isEqualTo("聂荣臻");
        assertThat(qs.get(1).attribution()).isEqualTo(Attribution.PRONOUN);
        assertThat(qs.get(1).marker()).isEqualTo("③");
    }

    @Test
    void pronounAtParagraphStartResolvesToPreviousSpeaker() {
        String p = "他指出：“我们不能排除在互利原则下的外援，我们不搞闭关锁国。”③";
        Quotation q = FINDER.find(p, List.of(), Optional.of("聂荣臻")).quotations().get(0);
        assertThat(q.speaker()).isEqualTo("聂荣臻");
        assertThat(q.attribution()).isEqualTo(Attribution.PRONOUN);
        assertThat(FINDER.find(p, List.of(), Optional.empty()).quotations().get(0).speaker()).isNull();
    }

    @Test
    void scareQuotedTermsAreTermsNotQuotations_p86() {
        String p = "然而，在冷战背景下，以美国为首的西方国家利用“巴黎统筹委员会”① 等反社会主义国家的非官方国际机构，对新中国实行经济禁运和技术封锁。"
                + "1949 年 6 月 30 日，毛泽东发表《论人民民主专政》一文，宣布我国外交实行“一边倒”政策。苏联援建“156 项工程”，等等。"
                + "进入 21 世纪，党中央明确把“走出去”概括为一项开放战略。到“十三五”时期，“民间科技合作”成为合作的主要途径之一。";
        QuotationScan s = scan(p);
        assertThat(s.quotations()).isEmpty();
        assertThat(s.terms()).extracting(QuotedTerm::text)
                .containsExactly("巴黎统筹委员会", "一边倒", "156 项工程", "走出去", "十三五", "民间科技合作");
        assertThat(s.terms().get(0).marker()).isEqualTo("①");
    }

    @Test
    void titlesAreDroppedFromSpeakersAndDatesAreTakenFromTheSentence_p92() {
        String p = "2024 年 3 月 5 日，李强总理在政府工作报告中指出：“扩大国际科技交流合作，营造具有全球竞争力的开放创新生态。”⑤";
        Quotation q = scan(p).quotations().get(0);
        assertThat(q.speaker()).isEqualTo("李强");
        assertThat(q.date()).isEqualTo("2024-03-05");
        String xi = "2014 年，习近平总书记在中国科学院第十七次院士大会、中国工程院第十二次院士大会上的讲话中明确指出："
                + "“自主创新不是闭门造车，不是单打独斗，不是排斥学习先进，不是把自己封闭于世界之外。”④";
        Quotation x = scan(xi).quotations().get(0);
        assertThat(x.speaker()).isEqualTo("习近平");
        assertThat(x.date()).isEqualTo("2014");
    }

    @Test
    void shortAttributedQuotationIsAQuotation_p97() {
        QuotationScan s = scan("进入新时代，习近平总书记强调“聚天下英才而用之”④ 。在党中央的领导下，中国大力引进国外人才。");
        assertThat(s.quotations()).extracting(Quotation::text, Quotation::speaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("聚天下英才而用之", "习近平"));
    }

    @Test
    void namesAreRecognisedWithoutTheListAndAdverbsAreNotNames() {
        QuotationScan s = scan("会议期间，王建明在发言中指出：“对外合作必须坚持平等互利，不能附加任何政治条件。”随后，"
                + "我国陆续提出“两只拳头打人”的外交政策。");
        assertThat(s.quotations()).extracting(Quotation::speaker).containsExactly("王建明");
        assertThat(s.terms()).extracting(QuotedTerm::text).containsExactly("两只拳头打人");
    }

    @Test
    void aMeetingIsTheSpeakerAndItsShortNameIsResolvedToTheFullName_p89() {
        String p = "1978年12月党的十一届三中全会作出“把全党工作的着重点和全国人民的注意力转移到社会主义现代化建设上来”① 的重大决策。"
                + "全会明确指出“努力采用世界先进技术和先进设备，并大力加强实现现代化所必需的科学和教育工作”② 。";
        List<Quotation> qs = scan(p).quotations();
        assertThat(qs).extracting(Quotation::speaker).containsExactly("党的十一届三中全会", "党的十一届三中全会");
        assertThat(qs).extracting(Quotation::speakerKind).containsOnly(SpeakerKind.INSTITUTION);
        assertThat(qs).extracting(Quotation::marker).containsExactly("①", "②");
        assertThat(qs.get(0).date()).isEqualTo("1978-12");
    }

    @Test
    void bodiesAndDocumentsSpeakButTheirPeopleStayPersons() {
        assertThat(scan("2004年，铁道部提出“直接利用世界最新科技成果，把引进、消化、吸收先进技术与自主创新结合起来”的技术发展策略。")
                .quotations()).extracting(Quotation::speaker, Quotation::speakerKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("铁道部", SpeakerKind.INSTITUTION));
        assertThat(scan("党的十九大报告强调：“要以‘一带一路’建设为重点，坚持引进来和走出去并重。”⑦").quotations())
                .extracting(Quotation::speaker, Quotation::speakerKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("党的十九大报告", SpeakerKind.DOCUMENT));
        assertThat(scan("十九大报告提出的“推动形成全面开放新格局”，对新时期国际科技创新合作提出新要求。").quotations())
                .extracting(Quotation::speaker, Quotation::speakerKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("十九大报告", SpeakerKind.DOCUMENT));
        assertThat(scan("2024年3月5日，李强总理在政府工作报告中指出：“扩大国际科技交流合作，营造具有全球竞争力的开放创新生态。”⑤")
                .quotations()).extracting(Quotation::speaker, Quotation::speakerKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李强", SpeakerKind.PERSON));
        assertThat(scan("党中央、国务院作出建设创新型国家的重大决策，强调“走中国特色自主创新道路，核心就是要坚持自主创新”。")
                .quotations()).extracting(Quotation::speaker).containsExactly("党中央、国务院");
    }

    @Test
    void qizhongNamesTheDocumentJustIssued_p91() {
        String p = "2016年5月，党中央、国务院正式发布《国家创新驱动发展战略纲要》。其中，强调“坚持以全球视野谋划和推动创新，"
                + "最大限度用好全球创新资源”⑤ 。";
        Quotation q = scan(p).quotations().get(0);
        assertThat(q.speaker()).isEqualTo("国家创新驱动发展战略纲要");
        assertThat(q.speakerKind()).isEqualTo(SpeakerKind.DOCUMENT);
    }

    @Test
    void aSentenceOfOnlyAVerbContinuesTheSubjectOfThePreviousSentence_p91() {
        String p = "党的十八大报告指出，科技创新是提高社会生产力和综合国力的战略支撑，强调要坚持走中国特色自主创新道路。"
                + "强调：“适应经济全球化新形势，必须实行更加积极主动的开放战略。”③";
        Quotation q = scan(p).quotations().get(0);
        assertThat(q.speaker()).isEqualTo("党的十八大报告");
        assertThat(q.speakerKind()).isEqualTo(SpeakerKind.DOCUMENT);
    }

    @Test
    void aPhraseAVerbIntroducesIsQuotedEvenWithoutASpeaker() {
        QuotationScan s = scan("“十二五”时期开始“瞄准世界科技前沿”；“十三五”时期，明确“把握科技前沿的态势”。");
        assertThat(s.quotations()).extracting(Quotation::text).containsExactly("瞄准世界科技前沿", "把握科技前沿的态势");
        assertThat(s.quotations()).extracting(Quotation::speaker).containsOnlyNulls();
    }

    @Test
    void aPolicysWordingAVerbAdoptsIsQuotedAlongItsChainAndAShortNameStaysATerm() {
        QuotationScan s = scan("同时强调在全球范围内“配置”资源，形成“以流动促配置”“以开放格局参与全球治理”的环境。"
                + "对“民间科技合作”的需求是“发挥一定的作用”，其抓手是“一带一路”。");
        assertThat(s.quotations()).extracting(Quotation::text)
                .containsExactly("以流动促配置", "以开放格局参与全球治理", "发挥一定的作用");
        assertThat(s.quotations()).extracting(Quotation::speaker).containsOnlyNulls();
        assertThat(s.terms()).extracting(QuotedTerm::text).contains("配置", "民间科技合作", "一带一路");
    }

    @Test
    void aMarkAFewWordsAfterTheClosingQuoteIsStillTheQuotationsNote() {
        Quotation q = scan("2004年，铁道部提出“直接利用世界最新科技成果，把引进、消化、吸收先进技术与自主创新结合起来”的技术发展策略④，"
                + "通过大规模引进实现了跨越。").quotations().get(0);
        assertThat(q.marker()).isEqualTo("④");
        // a mark after the next clause, or after another quote, is not this one's
        assertThat(scan("他提出“必须坚持独立自主、自力更生的方针，不搞闭关自守”，此后各地纷纷响应④。").quotations().get(0).marker())
                .isNull();
    }

    @Test
    void wordsThatEndLikeABodyAreNotSpeakers() {
        assertThat(scan("全部工作强调“必须坚持独立自主、自力更生的方针，不搞闭关自守”。").quotations())
                .extracting(Quotation::speaker).containsOnlyNulls();
        assertThat(scan("社会各界提出“必须坚持独立自主、自力更生的方针，不搞闭关自守”。").quotations())
                .extracting(Quotation::speaker).containsOnlyNulls();
        // a clause is not a body for ending in 局 or 决定: the subject is further back, and 他 is still the person
        assertThat(scan("2020年10月，党的十九届五中全会提出，坚持创新在我国现代化建设全局中的核心地位，把科技自立自强作为国家发展的"
                + "战略支撑，强调“坚持实施更大范围、更宽领域、更深层次对外开放”。").quotations())
                .extracting(Quotation::speaker).containsExactly("党的十九届五中全会");
        assertThat(scan("1964年，毛泽东批准从西方购买设备，进一步作出从西方国家引进设备的决定。他对来华访问的法国议员代表团说道："
                + "“我们反对资本主义，你们也许反对共产主义。”").quotations())
                .extracting(Quotation::speaker).containsExactly("毛泽东");
    }

    @Test
    void markersGivenByOffsetAreUsedWhenTheTextHasNone() {
        String p = "毛泽东强调：“我不是反对西方的一切，而只是反对那些帝国主义压迫人、欺侮人的东西。”1962 年开始，毛泽东批准从西方购买汽车。";
        int after = p.indexOf('”') + 1;
        Quotation q = FINDER.find(p, List.of(new MarkerPosition(after, "⑥")), Optional.empty()).quotations().get(0);
        assertThat(q.marker()).isEqualTo("⑥");
        assertThat(q.speaker()).isEqualTo("毛泽东");
    }

    @Test
    void listOfQuotesSharesSpeakerAndTrailingMarker_p90() {
        String p = "2003 年 11 月，胡锦涛提出：“必须坚持以科技进步和创新为先导，努力实现技术发展跨越”，“必须坚持自主创新的方针，牢牢掌握尖端技术发展主动权”。⑤";
        List<Quotation> qs = scan(p).quotations();
        assertThat(qs).hasSize(2);
        assertThat(qs).extracting(Quotation::speaker).containsOnly("胡锦涛");
        assertThat(qs).extracting(Quotation::marker).containsOnly("⑤");
        assertThat(qs).extracting(Quotation::date).containsOnly("2003-11");
    }

    @Test
    void aSloganANamedSpeakerSaysIsAQuotationAndAQuoteGoingOnIntoANounIsATerm() {
        QuotationScan s = scan("在极其困难条件下，党中央强调“自力更生”。2013年，习近平提出“一带一路”倡议。");
        assertThat(s.quotations()).extracting(Quotation::text, Quotation::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("自力更生", "党中央"));
        assertThat(s.terms()).extracting(QuotedTerm::text).containsExactly("一带一路");
    }
}
