package org.yuanliu.citation.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.CjkText;

/**
 * How a contributor's name is handed to CSL, BibTeX and RIS. Chinese names (and bodies) are literal: splitting
 * 李世民 into family 李 and given 世民 lets processors initialise it to "李 世". Latin names are split only when the
 * order is evident: an all-capitals family name (Alexey ZHEMCHUGOV) or trailing initials (Krippendorff K);
 * otherwise ("Liu Jinyan", family-first pinyin or given-first English?) they stay literal rather than be guessed.
 */
final class Names {

    /** family is null when the name is literal. */
    record Parts(String family, String given, String literal) {
        boolean isLiteral() {
            return literal != null;
        }
    }

    private static final Pattern TRAILING_INITIALS = Pattern.compile("^(\\p{L}[\\p{L}'’\\-]+)\\s+((?:[A-Z]\\.?\\s*){1,3})$");
    private static final Pattern CAPS_TOKEN = Pattern.compile("\\b(\\p{Lu}[\\p{Lu}'’\\-]+)\\b");

    private Names() {
    }

    static Parts parts(String name) {
        String n = name.strip();
        if (CjkText.hasHan(n) || !n.contains(" ")) {
            return new Parts(null, null, n);
        }
        Matcher m = TRAILING_INITIALS.matcher(n);
        if (m.matches()) {
            return new Parts(m.group(1), m.group(2).strip(), null);
        }
        m = CAPS_TOKEN.matcher(n);
        if (m.find()) {
            String family = m.group(1);
            String given = (n.substring(0, m.start()) + " " + n.substring(m.end())).strip().replaceAll("\\s+", " ");
            if (!given.isEmpty() && !CAPS_TOKEN.matcher(given).find()) {
                return new Parts(capitalize(family), given, null);
            }
        }
        return new Parts(null, null, n);
    }

    private static String capitalize(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
