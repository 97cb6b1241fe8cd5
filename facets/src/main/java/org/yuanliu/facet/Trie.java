package org.yuanliu.facet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over folded forms. {@link #hits} walks it once from every position of a passage,
 * so all forms are found in one pass whose cost depends on the passage and the longest form, not on
 * the number of forms. Quote marks inside a match are skipped ("“一带一路”共建国家" matches
 * 一带一路共建国家), since Chinese texts quote parts of names freely.
 */
final class Trie<T> {

    private final Node<T> root = new Node<>();
    private int size;

    /** A form found in the text: compact range [start, end) and what the form stands for. */
    record Hit<T>(int start, int end, List<T> payloads, boolean skippedQuote) {
        int length() {
            return end - start;
        }
    }

    private static final class Node<T> {
        final Map<Character, Node<T>> children = new HashMap<>(4);
        List<T> payloads;
    }

    void add(String form, T payload) {
        String key = Fold.fold(form);
        if (key.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.children.computeIfAbsent(key.charAt(i), c -> new Node<>());
        }
        if (node.payloads == null) {
            node.payloads = new ArrayList<>(1);
        }
        if (!node.payloads.contains(payload)) {
            node.payloads.add(payload);
            size++;
        }
    }

    int size() {
        return size;
    }

    List<Hit<T>> hits(CompactText text) {
        List<Hit<T>> hits = new ArrayList<>();
        String s = text.folded();
        int n = s.length();
        for (int start = 0; start < n; start++) {
            char first = s.charAt(start);
            Node<T> node = root.children.get(first);
            if (node == null) {
                continue;
            }
            int j = start + 1;
            boolean skipped = false;
            while (true) {
                if (node.payloads != null) {
                    hits.add(new Hit<>(start, j, node.payloads, skipped));
                }
                if (j >= n) {
                    break;
                }
                char c = s.charAt(j);
                Node<T> next = node.children.get(c);
                if (next == null && Fold.isQuote(c) && j + 1 < n) {
                    next = node.children.get(s.charAt(j + 1));
                    if (next != null) {
                        skipped = true;
                        j++;
                    }
                }
                if (next == null) {
                    break;
                }
                node = next;
                j++;
            }
        }
        return hits;
    }
}
