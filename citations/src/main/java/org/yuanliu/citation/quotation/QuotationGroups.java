package org.yuanliu.citation.quotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups quotations whose words are equal or contained in one another: one document quotes a whole passage,
 * another only its first sentence. Each group is represented by its longest key.
 */
public final class QuotationGroups {

    /** Shorter excerpts than this are too generic to join a group by containment (equal keys still join). */
    public static final int DEFAULT_MIN_CONTAINED_LENGTH = 8;
    private static final int GRAM = 4;

    private QuotationGroups() {
    }

    /** Maps every key to its group's representative (the longest key containing it, directly or transitively). */
    public static Map<QuotationKey, QuotationKey> representatives(Collection<QuotationKey> keys) {
        return representatives(keys, DEFAULT_MIN_CONTAINED_LENGTH);
    }

    public static Map<QuotationKey, QuotationKey> representatives(Collection<QuotationKey> keys, int minContainedLength) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys.stream().map(QuotationKey::value).toList()));
        distinct.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        int[] parent = new int[distinct.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // Index the longer keys by their 4-grams so each shorter key is checked only against candidates.
        Map<String, List<Integer>> byGram = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            String k = distinct.get(i);
            if (k.length() >= minContainedLength && k.length() >= GRAM) {
                String probe = k.substring(0, GRAM);
                for (Integer j : byGram.getOrDefault(probe, List.of())) {
                    if (distinct.get(j).contains(k)) {
                        union(parent, j, i);
                        break;
                    }
                }
            }
            Set<String> grams = new LinkedHashSet<>();
            for (int p = 0; p + GRAM <= k.length(); p++) {
                grams.add(k.substring(p, p + GRAM));
            }
            for (String g : grams) {
                byGram.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            index.put(distinct.get(i), i);
        }
        Map<QuotationKey, QuotationKey> out = new LinkedHashMap<>();
        for (QuotationKey key : keys) {
            int i = index.get(key.value());
            out.put(key, new QuotationKey(distinct.get(find(parent, i))));
        }
        return out;
    }

    /** Groups items by their text's representative key, in first-seen order. */
    public static <T> List<List<T>> group(List<T> items, Function<T, String> text) {
        List<QuotationKey> keys = items.stream().map(t -> QuotationKey.of(text.apply(t))).toList();
        Map<QuotationKey, QuotationKey> rep = representatives(keys);
        Map<QuotationKey, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(rep.get(keys.get(i)), k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Longer keys come first, so the root (smallest index) is always the longest. */
    private static void union(int[] parent, int longer, int shorter) {
        int a = find(parent, longer);
        int b = find(parent, shorter);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
