package org.yuanliu.indexer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yuanliu.indexer.text.DataFile;

/**
 * Figure and table captions: a caption word from {@code captions.txt} (a data file a librarian can extend) and a
 * number (图 1, 表 2.1, 图1-2, Figure 3, 续表 一). A caption is kept as a caption, never read as a heading.
 */
public final class Captions {
    private static final String NUMBER = "\\s*[0-9０-９]+(?:[.．\\-–][0-9０-９]+)*|\\s*[一二三四五六七八九十]+";
    private static final Captions STANDARD = read("captions.txt");

    private final Pattern any;
    private final Pattern table;

    private Captions(List<String> tableWords, List<String> figureWords) {
        List<String> all = new ArrayList<>(tableWords);
        all.addAll(figureWords);
        this.any = pattern(all);
        this.table = pattern(tableWords);
    }

    public static Captions standard() {
        return STANDARD;
    }

    /** Opens with a caption word and its number, followed by the caption's text or nothing. */
    public boolean isCaption(String text) {
        return any.matcher(text).lookingAt();
    }

    public boolean isTableCaption(String text) {
        return table.matcher(text).lookingAt();
    }

    private static Pattern pattern(List<String> words) {
        String alternatives = words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("^\\s*(?:" + alternatives + ")(?:" + NUMBER + ")(?=\\s|[.．:：“\"《(（]|\\p{IsHan}|$)");
    }

    private static Captions read(String resource) {
        List<String> tables = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (String entry : DataFile.entries(Captions.class, resource)) {
            String[] parts = entry.split("\\s+");
            if (parts.length == 2) {
                (parts[0].equals("table") ? tables : figures).add(parts[1]);
            }
        }
        return new Captions(tables, figures);
    }
}
