package org.yuanliu.indexer.pdf;

/**
 * One character as the PDF places it. Coordinates are in points from the page's top-left corner;
 * {@code baseline} is the y of the text baseline.
 */
public record Glyph(String text, float x, float baseline, float width, float height, float fontSize, String font) {

    public float right() {
        return x + width;
    }

    public boolean isBold() {
        String f = font.toLowerCase(java.util.Locale.ROOT);
        return f.contains("bold") || f.contains("heavy") || f.contains("black") || f.contains("hei") || f.contains("sans");
    }
}
