package org.yuanliu.indexer.pdf;

import java.util.List;

/**
 * One character as the PDF places it. Coordinates are in points from the page's top-left corner;
 * {@code baseline} is the y of the text baseline.
 */
public record Glyph(String text, float x, float baseline, float width, float height, float fontSize, String font) {

    public float right() {
        return x + width;
    }

    /**
     * Bold or a heading face, from the font's name (embedded fonts rarely declare their weight): Bold, Heavy, Black,
     * 黑体 (Hei, Sans), and 方正's abbreviations of its heading faces (FZHT 黑体, FZDHT 大黑, FZCHS 粗黑, FZXBS 小标宋,
     * FZDBS 大标宋), whose descriptors give every face the same weight.
     */
    public boolean isBold() {
        String f = font.toLowerCase(java.util.Locale.ROOT);
        return f.contains("bold") || f.contains("heavy") || f.contains("black") || f.contains("hei") || f.contains("sans")
                || FOUNDER_HEADING_FACES.stream().anyMatch(f::startsWith);
    }

    private static final List<String> FOUNDER_HEADING_FACES = List.of("fzht", "fzdht", "fzchs", "fzxbs", "fzdbs");
}
