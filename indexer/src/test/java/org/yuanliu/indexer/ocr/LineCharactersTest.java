package org.yuanliu.indexer.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.yuanliu.indexer.ocr.RecognisedLine.Word;

class LineCharactersTest {

    @Test
    void eachCharacterGetsItsShareOfTheLineByWidth() {
        // 4 ideographs and 4 digits: 6 ems over 300 pixels, 50 pixels an em
        RecognisedLine line = LineCharacters.line(new int[] {100, 400, 400, 100}, new int[] {200, 200, 260, 260}, "截至2010年年", 99);

        assertThat(line.words()).extracting(Word::text).containsExactly("截", "至", "2", "0", "1", "0", "年", "年");
        assertThat(line.words()).extracting(w -> w.box().left()).containsExactly(100, 150, 200, 225, 250, 275, 300, 350);
        assertThat(line.words().get(0).box().width()).isEqualTo(50);
        assertThat(line.words().get(2).box().width()).isEqualTo(25);
    }

    @Test
    void theEmComesFromThePitchNotFromThePaddedBox() {
        // the detector pads its box: 60 pixels high for type 50 pixels an em
        RecognisedLine line = LineCharacters.line(new int[] {0, 500, 500, 0}, new int[] {0, 0, 60, 60}, "新中国成立以来党中央始终", 90);

        assertThat(line.words()).allSatisfy(w -> assertThat(w.box().height()).isEqualTo(42));
        assertThat(line.words()).allSatisfy(w -> assertThat(w.box().top() + w.box().height() / 2).isBetween(29, 31));
    }

    @Test
    void charactersOfASkewedLineFollowItsSlope() {
        // the right end 20 pixels lower than the left: a scan turned by about 1°
        RecognisedLine line = LineCharacters.line(new int[] {0, 1000, 1000, 0}, new int[] {100, 120, 160, 140}, "一二三四五六七八九十", 90);

        List<Integer> middles = line.words().stream().map(w -> w.box().top() + w.box().height() / 2).toList();
        assertThat(middles).isSorted();
        assertThat(middles.get(9) - middles.get(0)).isBetween(17, 19);
        assertThat(line.box()).isEqualTo(new RecognisedLine.Box(0, 100, 1000, 60));
    }

    @Test
    void spacesTakeTheirWidthButAreNoCharacters() {
        RecognisedLine line = LineCharacters.line(new int[] {0, 60, 60, 0}, new int[] {0, 0, 20, 20}, "ab cd", 90);

        assertThat(line.words()).extracting(Word::text).containsExactly("a", "b", "c", "d");
        assertThat(line.words().get(2).box().left()).isEqualTo(36);
    }
}
