package org.yuanliu.facet;

import java.util.List;

/**
 * Decides whether an ambiguous abbreviation (美, 苏, 英, 十五, 九五) is meant as a name. It is when
 * <ul>
 *   <li>it is quoted: “十五”, “九五”;</li>
 *   <li>a confirming word of its taxonomy follows: 美方, 十五期间, 十五计划;</li>
 *   <li>it is listed with another name of its taxonomy across a separator: 英、法, 美国、日, “七五”至“九五”;</li>
 *   <li>it forms a compound with another abbreviation (中苏, 美苏, 中美日), or stands as a separate
 *       token next to another name (the table header 十五 十一五 十二五).</li>
 * </ul>
 */
final class ShortFormContext {

    private final String taxonomy;
    private final List<String> after;
    private final List<String> separators;

    ShortFormContext(String taxonomy, MatchRules rules) {
        this.taxonomy = taxonomy;
        this.after = rules.after().stream().map(Fold::fold).toList();
        this.separators = rules.separators().stream().map(Fold::fold).toList();
    }

    boolean confirms(EntityMatcher.Selection selection, Trie.Hit<SurfaceForm> hit) {
        return quoted(selection.text, hit) || followedByConfirmingWord(selection, hit)
                || listed(selection, hit) || compound(selection, hit);
    }

    private static boolean quoted(CompactText text, Trie.Hit<SurfaceForm> hit) {
        return hit.start() > 0 && hit.end() < text.length()
                && Fold.isOpeningQuote(text.at(hit.start() - 1)) && Fold.isClosingQuote(text.at(hit.end()));
    }

    private boolean followedByConfirmingWord(EntityMatcher.Selection selection, Trie.Hit<SurfaceForm> hit) {
        String s = selection.text.folded();
        int at = skipQuotesForward(s, hit.end());
        for (String word : after) {
            // The word must be free: 方 of 美方案 belongs to the blocking compound 方案.
            if (s.startsWith(word, at) && !selection.blocked(at)) {
                return true;
            }
        }
        return false;
    }

    private boolean listed(EntityMatcher.Selection selection, Trie.Hit<SurfaceForm> hit) {
        String s = selection.text.folded();
        int next = skipQuotesForward(s, hit.end());
        int previous = skipQuotesBackward(s, hit.start());
        for (String separator : separators) {
            if (s.startsWith(separator, next) && namesTaxonomy(selection.startingAt(skipQuotesForward(s, next + separator.length())))) {
                return true;
            }
            int before = previous - separator.length();
            if (before >= 0 && s.startsWith(separator, before)
                    && namesTaxonomy(selection.endingAt(skipQuotesBackward(s, before)))) {
                return true;
            }
        }
        return false;
    }

    private boolean compound(EntityMatcher.Selection selection, Trie.Hit<SurfaceForm> hit) {
        boolean[] space = selection.text.spaceBefore();
        Trie.Hit<SurfaceForm> next = selection.startingAt(hit.end());
        if (next != null && (isShort(next) || (space[hit.end()] && namesTaxonomy(next)))) {
            return true;
        }
        Trie.Hit<SurfaceForm> previous = selection.endingAt(hit.start());
        return previous != null && (isShort(previous) || (space[hit.start()] && namesTaxonomy(previous)));
    }

    private boolean namesTaxonomy(Trie.Hit<SurfaceForm> hit) {
        return hit != null && hit.payloads().stream()
                .anyMatch(f -> f.taxonomy().equals(taxonomy) && f.strength() != SurfaceForm.Strength.BLOCK);
    }

    private boolean isShort(Trie.Hit<SurfaceForm> hit) {
        return hit.payloads().stream()
                .anyMatch(f -> f.taxonomy().equals(taxonomy) && f.strength() == SurfaceForm.Strength.SHORT);
    }

    private static int skipQuotesForward(String s, int i) {
        while (i < s.length() && Fold.isQuote(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipQuotesBackward(String s, int i) {
        while (i > 0 && Fold.isQuote(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
