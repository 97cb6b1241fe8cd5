package org.yuanliu.citation.quotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Family names from an editable list; used to tell a personal name (毛泽东) from other subjects (党中央, 全会). */
public final class ChineseSurnames {

    private final Set<String> single;
    private final Set<String> compound;
    private final Set<String> notNames;

    private ChineseSurnames(Set<String> single, Set<String> compound, Set<String> notNames) {
        this.single = Set.copyOf(single);
        this.compound = Set.copyOf(compound);
        this.notNames = Set.copyOf(notNames);
    }

    /** The list shipped in {@code org/yuanliu/citation/quotation/surnames.txt}. */
    public static ChineseSurnames standard() {
        return Holder.STANDARD;
    }

    /** Surnames from {@code surnameLines}; {@code notNameLines} lists words that start like a name but are not. */
    public static ChineseSurnames of(List<String> surnameLines, List<String> notNameLines) {
        Set<String> single = new HashSet<>();
        Set<String> compound = new HashSet<>();
        for (String s : words(surnameLines)) {
            (s.length() == 1 ? single : compound).add(s);
        }
        return new ChineseSurnames(single, compound, new HashSet<>(words(notNameLines)));
    }

    /** Length of the surname starting at {@code offset} (2 for 欧阳, 1 for 王), or 0. */
    public int surnameLength(CharSequence text, int offset) {
        if (offset + 2 <= text.length() && compound.contains(text.subSequence(offset, offset + 2).toString())) {
            return 2;
        }
        if (offset < text.length() && single.contains(String.valueOf(text.charAt(offset)))) {
            return 1;
        }
        return 0;
    }

    /** True when the word is listed as not a name although it starts with a surname (陆续, 高度). */
    public boolean notAName(String word) {
        return notNames.contains(word);
    }

    private static List<String> words(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.addAll(List.of(l.split("\\s+")));
            }
        }
        return out;
    }

    private static final class Holder {
        static final ChineseSurnames STANDARD =
                of(KnownPersons.readResource("surnames.txt"), KnownPersons.readResource("not-names.txt"));
    }
}
