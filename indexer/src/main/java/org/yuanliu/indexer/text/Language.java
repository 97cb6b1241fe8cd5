package org.yuanliu.indexer.text;

import java.util.List;

import org.yuanliu.indexer.document.Passage;

/** The document's language, as far as search cares: Chinese or not. */
public final class Language {
    private Language() {
    }

    /** "zh" when at least a third of the letters are Han characters, otherwise "en". */
    public static String of(List<Passage> passages) {
        long han = 0;
        long letters = 0;
        for (Passage p : passages) {
            String text = p.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        han++;
                    }
                }
            }
        }
        return letters > 0 && han * 3 >= letters ? "zh" : "en";
    }
}
