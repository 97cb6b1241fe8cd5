package org.yuanliu.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.document.Heading;
import org.yuanliu.indexer.document.MarkerRef;
import org.yuanliu.indexer.document.Note;
import org.yuanliu.indexer.document.Passage;
import org.yuanliu.indexer.document.PassageKind;
import org.yuanliu.indexer.document.StructuredDocument;
import org.yuanliu.indexer.document.Table;
import org.yuanliu.indexer.enrich.EnrichedDocument;
import org.yuanliu.indexer.enrich.SourceCitation;

class QualityScorerTest {
    private static final String FIRST = "新中国成立初期，我国工业基础薄弱。然而西方国家实行封锁。";
    private static final String SECOND = "一九七八年召开全国科学大会。此后合作逐步恢复。";

    /** Two paragraphs, a heading, two notes (marks after 薄弱。 and after 大会。), a table of two cells, one cited title. */
    private static Gold gold() {
        String order = QualityText.normalise(FIRST + SECOND);
        List<String> sentences = List.of("新中国成立初期,我国工业基础薄弱。", "然而西方国家实行封锁。", "一九七八年召开全国科学大会。", "此后合作逐步恢复。");
        List<Gold.Note> notes = List.of(new Gold.Note("参见张柏春:《苏联技术向中国的转移》。", "新中国成立初期,我国工业基础薄弱。", 17),
                new Gold.Note("参见《人民日报》1978年3月19日。", "一九七八年召开全国科学大会。", 14));
        return new Gold("t.pdf", "test/one-column", "by hand", sentences, Optional.of(order), Optional.of(List.of("发展历程")),
                Optional.of(notes), Optional.of(List.of("阶段", "1949—1977年")), Optional.of(List.of("苏联技术向中国的转移")), false);
    }

    private static Passage paragraph(int ordinal, String text, MarkerRef... marks) {
        return new Passage(ordinal, PassageKind.PARAGRAPH, text, text, 1, 1, List.of(), List.of(marks), Optional.empty());
    }

    private static EnrichedDocument document(List<Passage> passages, List<Note> notes, String title) {
        StructuredDocument d = new StructuredDocument(null, null, List.of(), List.of(new Heading(1, "一、发展历程", 1)), passages, notes);
        List<SourceCitation> citations = List.of(new SourceCitation("k", Map.of("title", title), "fn-p1-1", 1, List.of("①"),
                List.of(0), List.of(), ""));
        return EnrichedDocument.of(d).withCitations(citations, Map.of());
    }

    @Test
    void aPerfectExtractionScoresOneEverywhere() {
        Passage table = new Passage(2, PassageKind.TABLE, "阶段 | 1949—1977 年", "", 1, 1, List.of(), List.of(),
                Optional.of(new Table("表 1", 1, List.of(List.of("阶段", "1949—1977 年")))));
        EnrichedDocument extracted = document(List.of(
                        paragraph(0, FIRST, new MarkerRef("①", 1, 17, List.of("fn-p1-1"))),
                        paragraph(1, SECOND, new MarkerRef("②", 1, 14, List.of("fn-p1-2"))), table),
                List.of(new Note("fn-p1-1", Note.Kind.FOOTNOTE, 1, List.of("①"), "参见张柏春：《苏联技术向中国的转移》。"),
                        new Note("fn-p1-2", Note.Kind.FOOTNOTE, 1, List.of("②"), "参见《人民日报》1978年3月19日。")),
                "苏联技术向中国的转移");
        DocumentScore s = new QualityScorer().score(gold(), extracted, 1, 0);
        assertThat(List.of(s.sentences(), s.headingsRight(), s.headingsFound(), s.linksRight(), s.linksFound(),
                s.notesExact(), s.cells(), s.titles()))
                .containsExactly(new Ratio(4, 4), new Ratio(1, 1), new Ratio(1, 1), new Ratio(2, 2), new Ratio(2, 2),
                        new Ratio(2, 2), new Ratio(2, 2), new Ratio(1, 1));
        assertThat(s.editDistance()).isZero();
        assertThat(s.linkF1()).isEqualTo(1.0);
    }

    @Test
    void aMarkInTheWrongSentenceANoteReadAsBodyAndACutSentenceAreCounted() {
        // the first mark stands after 封锁。 (not its sentence); the second note was read as body text, glued on
        String glued = SECOND + "参见《人民日报》1978年3月19日。";
        EnrichedDocument extracted = document(List.of(
                        paragraph(0, "新中国成立初期，我国工业基础薄弱。然而西方国家", new MarkerRef("①", 1, 24, List.of("fn-p1-1"))),
                        paragraph(1, "实行封锁。"), paragraph(2, glued)),
                List.of(new Note("fn-p1-1", Note.Kind.FOOTNOTE, 1, List.of("①"), "参见张柏春：《苏联技术向中国的转移》")),
                "苏联技术向中国的转移》");
        DocumentScore s = new QualityScorer().score(gold(), extracted, 1, 0);
        assertThat(List.of(s.sentences(), s.linksRight(), s.linksFound(), s.notesExact(), s.cells(), s.titles()))
                .containsExactly(new Ratio(3, 4), new Ratio(0, 1), new Ratio(0, 2), new Ratio(0, 2), new Ratio(0, 2), new Ratio(1, 1));
        assertThat(s.linkF1()).isZero();
        assertThat(s.editDistance()).isEqualTo(QualityText.editDistance(QualityText.normalise(FIRST + SECOND),
                QualityText.normalise(FIRST + glued)));
    }
}
