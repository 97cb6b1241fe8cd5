package org.yuanliu.indexer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yuanliu.indexer.layout.HandSetPage.filled;
import static org.yuanliu.indexer.layout.HandSetPage.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RegionSegmenterTest {
    private final RegionSegmenter segmenter = new RegionSegmenter();

    /** The labels (first two characters) of the lines in reading order. */
    private List<String> order(HandSetPage page) {
        return segmenter.segment(page.page()).stream().flatMap(r -> r.lines().stream())
                .map(l -> l.text().substring(0, Math.min(2, l.text().length()))).toList();
    }

    /** Left column 68–286, right column 309–527: a 23 pt gutter, the columns' baselines not aligned. */
    private static void twoColumns(HandSetPage page, String left, String right, float from, int rows, float offset) {
        for (int i = 0; i < rows; i++) {
            page.add(filled(left + i, 68, 286, from + 20 * i, 10));
            page.add(filled(right + i, 309, 527, from + offset + 20 * i, 10));
        }
    }

    @Test
    void twoColumnsUnderATitleWhoseCentredSecondLineCrossesTheGutter() {
        HandSetPage page = new HandSetPage();
        page.add(filled("T0", 72, 522, 99, 18)).add(line("T1", 289, 134, 18));
        twoColumns(page, "L", "R", 182, 8, -7);

        assertThat(order(page)).containsExactly("T0", "T1", "L0", "L1", "L2", "L3", "L4", "L5", "L6", "L7",
                "R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7");
    }

    @Test
    void alignedColumnsAreReadColumnByColumnNotRowByRow() {
        HandSetPage page = new HandSetPage();
        twoColumns(page, "L", "R", 100, 6, 0);

        assertThat(order(page)).containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "R0", "R1", "R2", "R3", "R4", "R5");
    }

    @Test
    void aFullWidthBlockBetweenTwoColumnPartsIsReadBetweenThem() {
        HandSetPage page = new HandSetPage();
        twoColumns(page, "A", "B", 100, 5, 0);
        page.add(filled("W0", 68, 527, 220, 10)).add(filled("W1", 68, 527, 234, 10));
        twoColumns(page, "C", "D", 270, 5, 3);

        assertThat(order(page)).containsExactly("A0", "A1", "A2", "A3", "A4", "B0", "B1", "B2", "B3", "B4",
                "W0", "W1", "C0", "C1", "C2", "C3", "C4", "D0", "D1", "D2", "D3", "D4");
    }

    @Test
    void aFullWidthLineSetWithoutExtraSpaceStillCutsTheColumns() {
        HandSetPage page = new HandSetPage();
        twoColumns(page, "A", "B", 100, 4, 0);
        page.add(filled("WW", 68, 527, 180, 10));
        twoColumns(page, "C", "D", 200, 4, 0);

        assertThat(order(page)).containsExactly("A0", "A1", "A2", "A3", "B0", "B1", "B2", "B3", "WW",
                "C0", "C1", "C2", "C3", "D0", "D1", "D2", "D3");
    }

    @Test
    void theGutterIsFoundPerRegion() {
        // Above: columns split at x≈200 (wide left column); below: split at x≈400 (wide left column).
        HandSetPage page = new HandSetPage();
        for (int i = 0; i < 4; i++) {
            page.add(filled("a" + i, 68, 180, 100 + 20 * i, 10)).add(filled("b" + i, 205, 527, 100 + 20 * i, 10));
        }
        page.add(filled("WW", 68, 527, 200, 10));
        for (int i = 0; i < 4; i++) {
            page.add(filled("c" + i, 68, 390, 240 + 20 * i, 10)).add(filled("d" + i, 415, 527, 240 + 20 * i, 10));
        }

        assertThat(order(page)).containsExactly("a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3", "WW",
                "c0", "c1", "c2", "c3", "d0", "d1", "d2", "d3");
    }

    @Test
    void aSingleColumnWithIndentsAndShortLastLinesStaysOneRegion() {
        HandSetPage page = new HandSetPage();
        float y = 100;
        for (int p = 0; p < 3; p++) {
            page.add(filled("P" + p, 89, 527, y, 10));
            page.add(filled("Q" + p, 68, 527, y += 20, 10));
            page.add(filled("S" + p, 68, 200, y += 20, 10));
            y += 20;
        }
        List<RegionSegmenter.Region> regions = segmenter.segment(page.page());

        assertThat(regions).allMatch(r -> r.column() == 0);
        assertThat(order(page)).containsExactly("P0", "Q0", "S0", "P1", "Q1", "S1", "P2", "Q2", "S2");
    }

    @Test
    void noteNumbersSetApartByATabAreNotAColumn() {
        HandSetPage page = new HandSetPage();
        for (int i = 1; i <= 4; i++) {
            page.add(line(String.valueOf(i), 68, 680 + 15 * i, 9)).add(filled("N" + i, 82, 500, 680 + 15 * i, 9));
        }
        List<RegionSegmenter.Region> regions = segmenter.segment(page.page());

        assertThat(regions).allMatch(r -> r.column() == 0);
        assertThat(order(page)).containsExactly("1", "N1", "2", "N2", "3", "N3", "4", "N4");
    }

    @Test
    void everyLineComesOutExactlyOnceOnRandomPages() {
        Random random = new Random(17);
        for (int trial = 0; trial < 300; trial++) {
            HandSetPage page = new HandSetPage();
            float y = 60;
            while (y < 780) {
                switch (random.nextInt(4)) {
                    case 0 -> page.add(filled("F" + trial, 68, 68 + 100 + random.nextInt(360), y, 10 + random.nextInt(3)));
                    case 1 -> {
                        page.add(filled("L" + trial, 68, 150 + random.nextInt(136), y, 10));
                        page.add(filled("R" + trial, 300 + random.nextInt(20), 527, y + random.nextInt(8), 10));
                    }
                    case 2 -> page.add(line("1", 68 + random.nextInt(400), y, 9));
                    default -> page.add(filled("T" + trial, 100 + random.nextInt(200), 527, y, 9));
                }
                y += 12 + random.nextInt(20);
            }
            List<Line> out = new ArrayList<>();
            segmenter.segment(page.page()).forEach(r -> out.addAll(r.lines()));

            assertThat(out).as("trial %d", trial).hasSameSizeAs(page.lines()).containsExactlyInAnyOrderElementsOf(page.lines());
            assertThat(out).doesNotHaveDuplicates();
        }
    }
}
