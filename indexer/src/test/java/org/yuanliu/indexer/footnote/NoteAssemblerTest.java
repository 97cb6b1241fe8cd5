package org.yuanliu.indexer.footnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.document.Note;

class NoteAssemblerTest {
    private final NoteAssembler assembler = new NoteAssembler();

    @Test
    void aContinuationLineThatStartsWithDigitsContinuesItsNote() {
        // Hanging indent: marks at the edge, continuation lines under the text.
        List<Note> notes = assembler.footnotes(Map.of(3, List.of(
                line(3, "9 参见孙壮志主编：《“一带一路”建设发展报告（2022）》，北京：社会科学文献出版社，20", 68, 700, 9),
                line(3, "23年版，第9页。", 82, 715, 9),
                line(3, "10 参见《人民日报》2023年10月19日。", 68, 730, 9))));

        assertThat(notes).extracting(Note::markers).containsExactly(List.of("9"), List.of("10"));
        assertThat(notes.get(0).text()).endsWith("23年版，第9页。");
    }

    @Test
    void indentedFirstLinesCarryTheMarksWhenContinuationsAreFlush() {
        // TeX: each note's first line indented, its mark raised; continuations flush left.
        List<Note> notes = assembler.footnotes(Map.of(2, List.of(
                line(2, "1参见习近平：《高举中国特色社会主义伟大旗帜》，", 86, 723, 7),
                line(2, "《人民日报》2022年10月26日。", 71, 735, 7),
                line(2, "2习近平：《在科学家座谈会上的讲话》，第11页。", 86, 747, 7))));

        assertThat(notes).extracting(Note::markers).containsExactly(List.of("1"), List.of("2"));
        assertThat(notes).extracting(Note::id).containsExactly("fn-p2-1", "fn-p2-2");
    }

    @Test
    void numberingRestartsOnANewPage() {
        List<Note> notes = assembler.footnotes(Map.of(
                1, List.of(line(1, "1 甲。", 68, 700, 9), line(1, "2 乙。", 68, 715, 9)),
                2, List.of(line(2, "1 丙。", 68, 700, 9))));

        assertThat(notes).extracting(Note::id).containsExactly("fn-p1-1", "fn-p1-2", "fn-p2-1");
    }
}
