package org.yuanliu.citation.quotation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The same words quoted in different documents: equal after folding width and case and removing punctuation,
 * quotation marks and spacing (PDF extraction and typesetting differ; the words do not).
 *
 * @param value the folded text
 */
public record QuotationKey(String value) {

    private static final Pattern NOT_CONTENT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public QuotationKey {
        Objects.requireNonNull(value, "value");
    }

    public static QuotationKey of(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return new QuotationKey(NOT_CONTENT.matcher(n).replaceAll(""));
    }

    /** True when this quotation's words occur inside the other's (a shorter excerpt of the same passage). */
    public boolean within(QuotationKey other) {
        return other.value.contains(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
