package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Chooses non-overlapping hits: longest first, then the stronger one, then the leftmost. Longest first
 * (rather than leftmost first) lets 美国 win over the 中美 of 其中美国, and lets a blocking compound
 * (发展中国家, 美元) suppress the shorter name inside it.
 */
final class OverlapResolver {

    private OverlapResolver() {
    }

    static <T> List<Trie.Hit<T>> select(List<Trie.Hit<T>> hits, ToIntFunction<Trie.Hit<T>> strength) {
        List<Trie.Hit<T>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<Trie.Hit<T>>comparingInt(Trie.Hit::length).reversed()
                .thenComparing(Comparator.comparingInt(strength).reversed())
                .thenComparingInt(Trie.Hit::start));
        BitSet taken = new BitSet();
        List<Trie.Hit<T>> chosen = new ArrayList<>();
        for (Trie.Hit<T> hit : sorted) {
            int free = taken.nextSetBit(hit.start());
            if (free == -1 || free >= hit.end()) {
                taken.set(hit.start(), hit.end());
                chosen.add(hit);
            }
        }
        chosen.sort(Comparator.comparingInt(Trie.Hit::start));
        return chosen;
    }
}
