package org.yuanliu.citation.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteMarkersTest {

    @Test
    void leadingMarksOfANote() {
        assertThat(NoteMarkers.leading("④⑤⑥ 《邓小平文选》（第二卷）").orElseThrow().markers()).containsExactly("④", "⑤", "⑥");
        assertThat(NoteMarkers.leading("* 本文系国家社会科学基金").orElseThrow().markers()).containsExactly("*");
        assertThat(NoteMarkers.leading("[10] 科学技术部.").orElseThrow().markers()).containsExactly("10");
        assertThat(NoteMarkers.leading("12 See Smith").orElseThrow().markers()).containsExactly("12");
        assertThat(NoteMarkers.leading("1949年，新中国")).isEmpty();
        assertThat(NoteMarkers.leading("国际科技合作")).isEmpty();
    }

    @Test
    void bracketRangesAndLists() {
        assertThat(NoteMarkers.bracketNumbers("[3-6]")).containsExactly(3, 4, 5, 6);
        assertThat(NoteMarkers.bracketNumbers("[3,4]")).containsExactly(3, 4);
        assertThat(NoteMarkers.bracketNumbers("[1, 3–4]")).containsExactly(1, 3, 4);
        assertThat(NoteMarkers.bracketNumbers("①")).isEmpty();
    }
}
