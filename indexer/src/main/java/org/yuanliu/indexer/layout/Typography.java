package org.yuanliu.indexer.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body text's font size and font, found as the ones that carry most characters in the document.
 * Every "smaller", "larger" or "different font" judgement elsewhere is relative to these.
 */
public record Typography(float bodySize, String bodyFont) {

    public static Typography of(List<PageLines> pages) {
        Map<Float, Integer> sizes = new HashMap<>();
        Map<String, Integer> fonts = new HashMap<>();
        for (PageLines page : pages) {
            for (Line line : page.lines()) {
                int chars = line.glyphs().size();
                sizes.merge(line.fontSize(), chars, Integer::sum);
                fonts.merge(line.font(), chars, Integer::sum);
            }
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return new Typography(size, font);
    }

    public boolean isSmallerThanBody(Line line) {
        return line.fontSize() < bodySize - 0.4f;
    }

    public boolean isLargerThanBody(Line line) {
        return line.fontSize() > bodySize + 0.4f;
    }
}
