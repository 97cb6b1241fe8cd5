package org.yuanliu.indexer.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yuanliu.indexer.Samples;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.document.Table;

/** Facts a reader can check by opening the two sample PDFs. No Elasticsearch involved. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleStructureTest {
    private StructuredDocument cas;
    private StructuredDocument party;

    @BeforeAll
    void read() {
        cas = Samples.read(Samples.CAS);
        party = Samples.read(Samples.PARTY_HISTORY);
    }

    @Test
    void metadataComesFromTheFirstPageAndTheRunningHeads() {
        assertThat(cas.pages()).hasSize(7);
        assertThat(party.pages()).hasSize(18);
        assertThat(cas.metadata().title()).isEqualTo("我国国际科技合作政策演进研究及对新时期政策布局的思考");
        assertThat(party.metadata().title()).isEqualTo("新中国对外科技合作交流的发展历程、基本经验与现实启示");
        assertThat(cas.metadata().journal()).hasValue("中国科学院院刊");
        assertThat(party.metadata().journal()).hasValue("党史研究");
        assertThat(cas.metadata().publicationYear()).hasValue(2020);
        assertThat(party.metadata().publicationYear()).hasValue(2024);
        assertThat(cas.metadata().keywords()).containsExactly("科技创新政策", "国际科技合作", "政策演进", "内容分析");
        assertThat(party.metadata().keywords()).containsExactly("中国共产党", "对外科技合作交流", "自主创新", "科技自立自强",
                "国际科技合作");
        assertThat(party.metadata().abstractText()).get().asString().startsWith("新中国成立以来").endsWith("加快国际化人才队伍建设。");
        assertThat(cas.metadata().language()).isEqualTo("zh");
    }

    @Test
    void printedPageNumbersComeFromTheFolios() {
        assertThat(cas.pages().get(0).printedNumber()).hasValue("612");
        assertThat(cas.pages().get(6).printedNumber()).hasValue("618");
        assertThat(party.pages().get(0).printedNumber()).hasValue("85");
        assertThat(party.pages().get(17).printedNumber()).hasValue("102");
    }

    @Test
    void headingsInOrderWithLevels() {
        assertThat(party.headings()).extracting(Heading::level, h -> h.text().substring(0, Math.min(6, h.text().length())))
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(1, "一、发展历程"),
                        org.assertj.core.groups.Tuple.tuple(2, "（一）自力更"),
                        org.assertj.core.groups.Tuple.tuple(2, "（二）实行对"),
                        org.assertj.core.groups.Tuple.tuple(2, "（三）以全球"),
                        org.assertj.core.groups.Tuple.tuple(1, "二、基本经验"));
        assertThat(party.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::text)
                .containsExactly("一、发展历程", "二、基本经验", "三、现实启示");
        assertThat(cas.headings()).extracting(Heading::text).contains(
                "1 我国国际科技合作政策对国际形势与环境的响应",
                "1.1 第一阶段（1949—1977年）：对外科技合作以面向社会主义国家为主",
                "2.3 国际科技合作重点工作的演进方式",
                "3 对新时期国际科技合作政策布局的思考");
        assertThat(cas.headings()).filteredOn(h -> h.text().startsWith("1.")).extracting(Heading::level).containsOnly(2);
        assertThat(cas.headings()).noneMatch(h -> h.text().startsWith("表"));
    }

    @Test
    void noRunningHeadOrFolioInsideAnyPassage() {
        for (StructuredDocument d : List.of(cas, party)) {
            for (Passage p : d.passages()) {
                assertThat(p.text()).doesNotContain("Policy & Management Research", "Vol.35", "院刊 61", "院刊61",
                        "2024年第3期", "·86·", "·87·");
            }
        }
    }

    @Test
    void paragraphsJoinAcrossLineColumnAndPageBreaks() {
        // p.2: "…隔绝了新" ends one printed line, "中国与世界科技强国…" starts the next.
        assertThat(party.passages()).anyMatch(p -> p.text().contains("隔绝了新中国与世界科技强国交流交往的可能"));
        // CAS p.3, left column runs into the right: "…我国开展国际科" / "技合作的主要形式和目的".
        assertThat(cas.passages()).anyMatch(p -> p.text().contains("技术引进是我国开展国际科技合作的主要形式和目的"));
        // A paragraph continued on the next page is one passage spanning both pages.
        assertThat(party.passages()).anyMatch(p -> p.kind() == PassageKind.PARAGRAPH && p.pageEnd() == p.pageStart() + 1);
        // Two-column page: the left column's paragraph is not mixed with the right column's text.
        assertThat(cas.passages()).noneMatch(p -> p.text().contains("合作渠道的畅通；线国家发展战略"));
    }

    @Test
    void footnotesPerPageAndMarkersLinkedOnTheSamePage() {
        assertThat(party.notes()).filteredOn(n -> n.kind() == Note.Kind.FOOTNOTE).hasSize(73); // 72 notes + the * fund note
        assertThat(party.notes()).filteredOn(n -> n.page() == 2).hasSize(2);
        assertThat(party.notes()).filteredOn(n -> n.page() == 3).hasSize(6);
        List<MarkerRef> markers = party.passages().stream().flatMap(p -> p.markers().stream()).toList();
        assertThat(markers).hasSize(82).allMatch(m -> m.noteIds().size() == 1);

        // The mark after “巴黎统筹委员会” opens the note that explains the organization.
        Passage paris = party.passages().stream().filter(p -> p.text().contains("利用“巴黎统筹委员会”等")).findFirst().orElseThrow();
        MarkerRef mark = paris.markers().stream().filter(m -> m.page() == 2 && m.symbol().equals("①")).findFirst().orElseThrow();
        assertThat(paris.text().substring(0, mark.offset())).endsWith("巴黎统筹委员会”");
        assertThat(party.note(mark.noteIds().get(0)).orElseThrow().text()).startsWith("“巴黎统筹委员会”（Coordinating");
    }

    @Test
    void oneCombinedNoteServesSeveralMarkers() {
        Note deng = party.notes().stream().filter(n -> n.text().contains("《邓小平文选》（第二卷）")).findFirst().orElseThrow();
        assertThat(deng.page()).isEqualTo(4);
        assertThat(deng.markers()).containsExactly("④", "⑤", "⑥");
        assertThat(deng.text()).contains("第87、91、91页");
        List<MarkerRef> citing = party.passages().stream().flatMap(p -> p.markers().stream())
                .filter(m -> m.noteIds().contains(deng.id())).toList();
        assertThat(citing).extracting(MarkerRef::symbol).containsExactly("④", "⑤", "⑥");
    }

    @Test
    void bracketedCitationsResolveToTheReferenceList() {
        assertThat(cas.notes()).filteredOn(n -> n.kind() == Note.Kind.REFERENCE).hasSize(11);
        MarkerRef range = cas.passages().stream().flatMap(p -> p.markers().stream())
                .filter(m -> m.symbol().equals("[3-6]")).findFirst().orElseThrow();
        assertThat(range.noteIds()).containsExactly("ref-3", "ref-4", "ref-5", "ref-6");
        assertThat(cas.note("ref-8").orElseThrow().text()).contains("中苏科学技术合作协定");
        assertThat(cas.passages()).filteredOn(p -> p.kind() == PassageKind.REFERENCE).hasSize(11);
    }

    @Test
    void tablesAreTablePassagesNotText() {
        List<Table> tables = cas.passages().stream().map(Passage::table).flatMap(Optional::stream).toList();
        assertThat(tables).extracting(t -> t.caption().substring(0, 3)).containsExactly("表 1", "表 2", "表 3", "表 4");
        Table four = tables.get(3);
        List<String> cells = four.rows().stream().flatMap(List::stream).toList();
        assertThat(cells).contains("●", "○", "发达国家", "知识产权保护");
        // Its rows never leak into paragraphs.
        assertThat(cas.passages()).filteredOn(p -> p.kind() == PassageKind.PARAGRAPH)
                .noneMatch(p -> p.text().matches("^[●○]+$") || p.text().equals("发达国家"));
        Table one = tables.get(0);
        assertThat(one.rows()).anyMatch(r -> r.contains("第一阶段") && r.contains("1949—1977 年"));
    }
}
