package org.yuanliu.citation.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.ChineseNumerals;
import org.yuanliu.citation.text.CjkText;

/**
 * Identity of a cited work across notes and documents: title + container + volume + year, each folded so that
 * spacing, full-/half-width forms, punctuation and 《》/〈〉/“” variants do not matter. Volumes are compared by
 * number (第二卷 = 第2卷 = 2), so different volumes of one collection stay different sources.
 *
 * @param value the key, {@code title|container|volume|year}
 */
public record SourceKey(String value) {

    /** Everything that is not a letter or digit: punctuation, brackets, quotes, dashes, spaces. */
    private static final Pattern NOT_CONTENT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBERED_VOLUME = Pattern.compile(
            "^(?:第|卷|vol\\.?|volume)?\\s*([\\d一二三四五六七八九十百零〇两]+)\\s*(?:卷|册|辑|编|部分)?([上中下])?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF_VOLUME = Pattern.compile("^([上中下])(?:卷|册|编)?$");

    public SourceKey {
        Objects.requireNonNull(value, "value");
    }

    public static SourceKey of(CitedWork work) {
        String year = work.year() == null ? "" : work.year().toString();
        return new SourceKey(fold(work.title()) + "|" + fold(work.container()) + "|" + volume(work.volume()) + "|" + year);
    }

    /** Folds a title or name for comparison: width, case, compatibility forms, then drops non-content characters. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(CjkText.foldAllWidth(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_CONTENT.matcher(n).replaceAll("");
    }

    /** 第二卷 / 第2卷 / （二） / Vol. 2 → "2"; 上卷 / 上 / 上册 → "上". */
    static String volume(String v) {
        if (v == null) {
            return "";
        }
        String s = Normalizer.normalize(CjkText.foldAllWidth(v), Normalizer.Form.NFKC).strip()
                .replaceAll("^[(（]|[)）]$", "").strip();
        Matcher m = NUMBERED_VOLUME.matcher(s);
        if (m.matches()) {
            int n = ChineseNumerals.parse(m.group(1));
            if (n >= 0) {
                return n + (m.group(2) == null ? "" : m.group(2));
            }
        }
        m = HALF_VOLUME.matcher(s);
        if (m.matches()) {
            return m.group(1);
        }
        return fold(s);
    }

    @Override
    public String toString() {
        return value;
    }
}
