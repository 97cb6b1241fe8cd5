package org.yuanliu.indexer.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yuanliu.indexer.layout.Line;
import org.yuanliu.indexer.layout.Typography;

/**
 * Recognises section headings by typography — larger than the body, or a bold/sans face where the body is
 * a serif — and short, not ending like a sentence, not a figure or table caption, with at least two letters or
 * digits (a lone raised letter of a logo is no heading). The level comes from the numbering when there is one
 * (一、 is above （一）; 1 above 1.1 above 1.1.1; 第一章 above 第一节), otherwise from the size rank.
 */
public final class HeadingStyle {
    private static final List<NumberingLevel> NUMBERING = List.of(
            new NumberingLevel(Pattern.compile("^第[一二三四五六七八九十百零〇\\d]+[编篇章]"), 1),
            new NumberingLevel(Pattern.compile("^[一二三四五六七八九十]+[、.．]"), 1),
            new NumberingLevel(Pattern.compile("^第[一二三四五六七八九十\\d]+[节]"), 2),
            new NumberingLevel(Pattern.compile("^[（(][一二三四五六七八九十]+[)）]"), 2),
            // a thin space after the dot (方正 sets "2. 1") is still one number
            new NumberingLevel(Pattern.compile("^\\d+\\. ?\\d+\\. ?\\d+(?![.\\d])"), 3),
            new NumberingLevel(Pattern.compile("^\\d+\\. ?\\d+(?![.\\d])"), 2),
            new NumberingLevel(Pattern.compile("^\\d+(?![.\\d年月日%])[.．、]?\\s*(?=\\p{IsHan}|[A-Z])"), 1),
            new NumberingLevel(Pattern.compile("^[（(]\\d+[)）]"), 3),
            new NumberingLevel(Pattern.compile("^第[一二三四五六七八九十]+(阶段|部分|时期)"), 2));
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;！!？?，,]$");

    private record NumberingLevel(Pattern pattern, int level) {
    }

    private final Typography typography;

    public HeadingStyle(Typography typography) {
        this.typography = typography;
    }

    public boolean isHeading(Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || text.length() > 60 || SENTENCE_END.matcher(text).matches()
                || typography.isSmallerThanBody(line) || Captions.standard().isCaption(text)
                || text.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            return false;
        }
        boolean distinctFace = !line.font().equals(typography.bodyFont()) && line.isBold();
        return typography.isLargerThanBody(line) || distinctFace;
    }

    /** The level its numbering implies, if it is numbered. */
    public static Optional<Integer> numberedLevel(String text) {
        String t = text.strip();
        return NUMBERING.stream().filter(n -> n.pattern().matcher(t).find()).map(NumberingLevel::level).findFirst();
    }
}
