package org.yuanliu.facet;

/**
 * Word-boundary checks that hold for every taxonomy. Chinese has no spaces, so boundaries are decided
 * by character class: Latin forms must not sit inside a Latin word (US in USSR), numeral forms must
 * not sit inside a longer number (十五 in 二十五, 七五 in 一九七五), and Latin forms respect case where
 * case carries meaning (US the country, us the pronoun; Turkey, turkey).
 */
final class Boundaries {

    private Boundaries() {
    }

    static boolean accepts(CompactText text, int start, int end, String form) {
        return latinBoundary(text, start, end) && numeralBoundary(text, start, end) && caseMatches(text, start, end, form);
    }

    private static boolean latinBoundary(CompactText text, int start, int end) {
        String s = text.folded();
        if (Fold.isAsciiWordChar(s.charAt(start)) && start > 0 && Fold.isAsciiWordChar(s.charAt(start - 1))) {
            return false;
        }
        return !(Fold.isAsciiWordChar(s.charAt(end - 1)) && end < s.length() && Fold.isAsciiWordChar(s.charAt(end)));
    }

    /** Adjacent numerals join into one number unless the PDF had a space between them (table headers). */
    private static boolean numeralBoundary(CompactText text, int start, int end) {
        String s = text.folded();
        if (Fold.isNumeral(s.charAt(start)) && start > 0 && Fold.isNumeral(s.charAt(start - 1))
                && !text.spaceBefore()[start]) {
            return false;
        }
        return !(Fold.isNumeral(s.charAt(end - 1)) && end < s.length() && Fold.isNumeral(s.charAt(end))
                && !text.spaceBefore()[end]);
    }

    /**
     * All-capital short forms (US, EU, USSR, PCT) must match exactly; other Latin forms must match the
     * case of their first letter (Chad, not chad) and are otherwise case-insensitive.
     */
    private static boolean caseMatches(CompactText text, int start, int end, String form) {
        char first = form.charAt(0);
        if (!(first < 0x80 && Character.isLetter(first))) {
            return true;
        }
        String raw = text.raw().substring(start, end);
        if (isAcronym(form)) {
            return raw.equals(form);
        }
        return !Character.isUpperCase(first) || Character.isUpperCase(raw.charAt(0));
    }

    static boolean isAcronym(String form) {
        if (form.length() > 6) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }
}
