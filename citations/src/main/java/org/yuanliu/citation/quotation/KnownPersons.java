package org.yuanliu.citation.quotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yuanliu.citation.text.WordLists;

/** Persons recognised by name anywhere in a paragraph; loaded from an editable list (name|alias|alias per line). */
public final class KnownPersons {

    /** A person named at an offset. */
    public record Mention(int start, int end, String name) {
    }

    private final Map<String, String> canonical;
    private final Pattern anyName;

    private KnownPersons(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
        // Longest names first, so an alias never shadows a longer name that starts with it.
        String alternation = canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.anyName = alternation.isEmpty() ? null : Pattern.compile(alternation);
    }

    /** The list shipped in {@code org/yuanliu/citation/quotation/persons.txt}. */
    public static KnownPersons standard() {
        return Holder.STANDARD;
    }

    /** Builds the list from lines in the file's format. */
    public static KnownPersons of(List<String> lines) {
        Map<String, String> canonical = new HashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] names = l.split("\\s*\\|\\s*");
            for (String n : names) {
                if (!n.isEmpty()) {
                    canonical.putIfAbsent(n, names[0]);
                }
            }
        }
        return new KnownPersons(canonical);
    }

    /** The canonical name when a known name starts exactly at {@code offset}. */
    public Optional<Mention> at(CharSequence text, int offset) {
        if (anyName == null) {
            return Optional.empty();
        }
        Matcher m = anyName.matcher(text).region(offset, text.length());
        return m.lookingAt() ? Optional.of(new Mention(m.start(), m.end(), canonical.get(m.group()))) : Optional.empty();
    }

    /** All known names in {@code text[from, to)}, in order. */
    public List<Mention> mentions(CharSequence text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        if (anyName == null) {
            return out;
        }
        Matcher m = anyName.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), canonical.get(m.group())));
        }
        return out;
    }

    static List<String> readResource(String name) {
        return WordLists.read(KnownPersons.class, name);
    }

    private static final class Holder {
        static final KnownPersons STANDARD = of(readResource("persons.txt"));
    }
}
