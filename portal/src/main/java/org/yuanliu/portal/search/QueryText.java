package org.yuanliu.portal.search;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.RequestParameters;

/**
 * What a visitor typed into the query box, parsed: words, {@code "exact phrases"} (ASCII or Chinese quotes),
 * {@code -excluded} words or phrases, and {@code OR} between two terms. Terms are ANDed; {@code a OR b c}
 * means (a or b) and c. Parsing never fails: an unclosed quote runs to the end of the box.
 *
 * @param groups   required groups; each group matches when any of its terms matches
 * @param excluded terms that must not match
 */
public record QueryText(String raw, List<List<Term>> groups, List<Term> excluded) {

    public static final int MAX_LENGTH = 500;

    /** A word (analysed with the Chinese analyser) or an exact phrase (matched character by character). */
    public record Term(String text, boolean phrase) {
    }

    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** The {@code q} parameter, parsed. */
    public static QueryText from(RequestParameters parameters) {
        String raw = parameters.single("q").orElse("");
        if (raw.length() > MAX_LENGTH) {
            throw new BadRequestException("The query is too long (at most " + MAX_LENGTH + " characters).");
        }
        return parse(raw);
    }

    public static QueryText parse(String raw) {
        String input = raw == null ? "" : raw.strip();
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean joinWithPrevious = false;
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if ((c == '-' || c == '－') && i + 1 < input.length() && !isSpace(input.charAt(i + 1))) {
                negated = true;
                c = input.charAt(++i);
            }
            Term term;
            if (isOpeningQuote(c)) {
                int end = closingQuote(input, i + 1);
                term = new Term(clean(input.substring(i + 1, end)), true);
                i = Math.min(end + 1, input.length());
            } else {
                int end = i;
                while (end < input.length() && !isSpace(input.charAt(end)) && !isOpeningQuote(input.charAt(end))) {
                    end++;
                }
                String word = input.substring(i, end);
                i = end;
                if (!negated && (word.equals("OR") || word.equals("|")) && !groups.isEmpty()) {
                    joinWithPrevious = true;
                    continue;
                }
                term = new Term(clean(word), false);
            }
            if (term.text().isEmpty()) {
                continue;
            }
            if (negated) {
                excluded.add(term);
            } else if (joinWithPrevious) {
                groups.get(groups.size() - 1).add(term);
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
            joinWithPrevious = false;
        }
        return new QueryText(input, groups.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    private static String clean(String text) {
        return text.strip();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '「';
    }

    private static int closingQuote(String input, int from) {
        for (int j = from; j < input.length(); j++) {
            char c = input.charAt(j);
            if (c == '"' || c == '”' || c == '」') {
                return j;
            }
        }
        return input.length();
    }
}
