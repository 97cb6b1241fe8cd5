package org.yuanliu.indexer.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yuanliu.citation.source.NoteMarkers;
import org.yuanliu.indexer.ocr.RecognisedLine.Word;
import org.yuanliu.indexer.pdf.Glyph;
import org.yuanliu.indexer.pdf.PageGlyphs;

/**
 * Turns a page's recognised words into the positioned glyphs a PDF text layer gives, so that scans enter the
 * same structure chain as born-digital PDFs: each word's characters share its box evenly; the words of one
 * recognised line share its baseline (slight skew makes word boxes drift) and its type size, except words set
 * small and raised above the line's middle — note marks — which keep their own.
 */
final class RecognisedGlyphs {
    /** The font names recognised glyphs carry: a regular face, and a bold one for lines set darker. */
    static final String FONT = "OCR";
    static final String BOLD = "OCR-Bold";
    /** A line whose ink density is this many times the page's usual is set bold. */
    private static final float BOLD_INK = 1.25f;
    /** A word below this share of its line's type size, and raised, is a superscript. */
    private static final float SUPERSCRIPT_SHARE = 0.65f;
    /** A "line" of this many small words or fewer beside another line's box is a piece of that line. */
    private static final int FRAGMENT_WORDS = 2;
    /** Line sizes within this factor of the smallest of their group are one type size. */
    private static final float SIZE_TOLERANCE = 1.1f;
    /** A word below this share of the page's usual word height is a speck of noise. */
    private static final float SPECK_SHARE = 0.5f;

    private RecognisedGlyphs() {
    }

    /** How much of a box is ink, 0 to 1: bold type is darker than regular type of the same size. */
    @FunctionalInterface
    interface Ink {
        float density(RecognisedLine.Box box);
    }

    static PageGlyphs page(int number, float widthPt, float heightPt, float dpi, List<RecognisedLine> recognised, Ink ink) {
        float scale = 72f / dpi;
        List<RecognisedLine> lines = withoutSpecks(absorbFragments(recognised));
        Map<RecognisedLine, Float> sizes = snappedSizes(lines);
        Map<RecognisedLine, String> faces = faces(lines, ink);
        List<Glyph> glyphs = new ArrayList<>();
        for (RecognisedLine line : lines) {
            float size = sizes.get(line);
            String face = faces.get(line);
            float baseline = lineBaseline(line, medianHeight(line.words()));
            for (Word word : line.words()) {
                // Only a mark may be raised: Tesseract also gives a whole character a box of a fraction of it.
                boolean raised = word.box().height() < SUPERSCRIPT_SHARE * size
                        && word.box().bottom() < baseline - 0.3f * size && NoteMarkers.isMarkOnly(word.text());
                float wordSize = raised ? word.box().height() * 1.2f : size;
                float wordBaseline = raised ? word.box().bottom() : baseline;
                int[] codePoints = word.text().codePoints().toArray();
                float each = (float) word.box().width() / codePoints.length;
                for (int i = 0; i < codePoints.length; i++) {
                    glyphs.add(new Glyph(new String(Character.toChars(codePoints[i])), (word.box().left() + i * each) * scale,
                            wordBaseline * scale, each * scale, wordSize * scale, wordSize * scale, face));
                }
            }
        }
        return new PageGlyphs(number, widthPt, heightPt, glyphs);
    }

    /** Each line's face: bold when its words carry clearly more ink per area than the page's lines usually do. */
    static Map<RecognisedLine, String> faces(List<RecognisedLine> lines, Ink ink) {
        Map<RecognisedLine, Float> density = new HashMap<>();
        List<Float> words = new ArrayList<>();
        for (RecognisedLine line : lines) {
            List<Float> d = line.words().stream().map(w -> ink.density(w.box())).sorted().toList();
            words.addAll(d);
            density.put(line, d.get(d.size() / 2));
        }
        // The usual density is the words' (most words are body text), not the lines'.
        List<Float> all = words.stream().sorted().toList();
        float usual = all.isEmpty() ? 0 : all.get(all.size() / 2);
        Map<RecognisedLine, String> faces = new HashMap<>();
        density.forEach((line, d) -> faces.put(line, usual > 0 && d > BOLD_INK * usual ? BOLD : FONT));
        return faces;
    }

    /**
     * Specks of noise come back as lines of tiny "characters": a line whose every word is less than half the
     * page's usual height, and none of them a note mark, is noise.
     */
    static List<RecognisedLine> withoutSpecks(List<RecognisedLine> lines) {
        List<Word> all = lines.stream().flatMap(l -> l.words().stream()).toList();
        if (all.isEmpty()) {
            return lines;
        }
        float usual = medianHeight(all);
        return lines.stream().filter(l -> l.words().stream()
                .anyMatch(w -> w.box().height() >= SPECK_SHARE * usual || NoteMarkers.isMarkOnly(w.text()))).toList();
    }

    /**
     * Tesseract sometimes cuts a character or two out of a line into a "line" of their own (a quote mark, a
     * character set slightly high): words whose middle lies within a longer line's box join that line.
     */
    static List<RecognisedLine> absorbFragments(List<RecognisedLine> lines) {
        List<Word> all = lines.stream().flatMap(l -> l.words().stream()).toList();
        if (all.isEmpty()) {
            return lines;
        }
        float usual = medianHeight(all);
        List<RecognisedLine> kept = new ArrayList<>();
        Map<RecognisedLine, List<Word>> extra = new LinkedHashMap<>();
        for (RecognisedLine line : lines) {
            RecognisedLine host = isFragment(line, usual) ? host(line, lines, usual) : null;
            if (host == null) {
                kept.add(line);
            } else {
                extra.computeIfAbsent(host, h -> new ArrayList<>()).addAll(line.words());
            }
        }
        return kept.stream().map(l -> extra.containsKey(l) ? new RecognisedLine(l.box(), merged(l.words(), extra.get(l))) : l)
                .toList();
    }

    /** A line of a few words, all boxed well below the page's usual height. */
    private static boolean isFragment(RecognisedLine line, float usual) {
        return line.words().size() <= FRAGMENT_WORDS && medianHeight(line.words()) < SUPERSCRIPT_SHARE * usual;
    }

    /** The longer line a fragment belongs to: the nearest one whose band (a little above it too) holds its middle. */
    private static RecognisedLine host(RecognisedLine fragment, List<RecognisedLine> lines, float usual) {
        float middle = fragment.box().top() + fragment.box().height() / 2f;
        RecognisedLine best = null;
        float bestDistance = Float.MAX_VALUE;
        for (RecognisedLine other : lines) {
            RecognisedLine.Box b = other.box();
            if (other == fragment || isFragment(other, usual) || middle < b.top() - 0.6f * b.height()
                    || middle > b.bottom() + 0.3f * b.height() || fragment.box().left() < b.left() - b.height()
                    || fragment.box().left() > b.left() + b.width() + b.height()) {
                continue;
            }
            float distance = Math.abs(middle - (b.top() + b.height() / 2f));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = other;
            }
        }
        return best;
    }

    private static List<Word> merged(List<Word> words, List<Word> more) {
        List<Word> all = new ArrayList<>(words);
        all.addAll(more);
        all.sort(Comparator.comparingInt(w -> w.box().left()));
        return all;
    }

    /**
     * Recognised type sizes scatter by a pixel or two from line to line; sizes within a few percent of each other
     * are one size, the median of their group, so the body text is one size and a heading stands out from it.
     */
    static Map<RecognisedLine, Float> snappedSizes(List<RecognisedLine> lines) {
        List<RecognisedLine> bySize = new ArrayList<>(lines);
        bySize.sort(Comparator.comparingDouble(l -> medianHeight(l.words())));
        Map<RecognisedLine, Float> sizes = new HashMap<>();
        List<RecognisedLine> group = new ArrayList<>();
        for (RecognisedLine line : bySize) {
            // Compared with the group's smallest, not its last: a chain of small steps must not join body and heading.
            if (!group.isEmpty() && medianHeight(line.words()) > SIZE_TOLERANCE * medianHeight(group.get(0).words())) {
                assign(group, sizes);
                group.clear();
            }
            group.add(line);
        }
        assign(group, sizes);
        return sizes;
    }

    private static void assign(List<RecognisedLine> group, Map<RecognisedLine, Float> sizes) {
        if (group.isEmpty()) {
            return;
        }
        float median = medianHeight(group.get(group.size() / 2).words());
        group.forEach(l -> sizes.put(l, median));
    }

    /** The line's baseline: the median bottom of its full-size words (descenders and marks aside). */
    private static float lineBaseline(RecognisedLine line, float size) {
        List<Integer> bottoms = line.words().stream().filter(w -> w.box().height() >= SUPERSCRIPT_SHARE * size)
                .map(w -> w.box().bottom()).sorted().toList();
        return bottoms.isEmpty() ? line.box().bottom() : bottoms.get(bottoms.size() / 2);
    }

    static float medianHeight(List<Word> words) {
        List<Integer> heights = words.stream().map(w -> w.box().height()).sorted().toList();
        return heights.get(heights.size() / 2);
    }
}
