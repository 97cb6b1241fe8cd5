package org.yuanliu.portal.list;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.yuanliu.portal.export.CitableItems;
import org.yuanliu.portal.web.BadRequestException;

/** One entry of a reader's list: what it is (passage, quotation, source, document) and its id. */
public record ItemRef(String kind, String id) {
    /** Most entries one list request may name. */
    public static final int MAX = 500;
    /** Ids are index ids and source keys (邓小平文选||2|1994): any text on one line, without control characters. */
    private static final Pattern ID = Pattern.compile("[^\\p{Cntrl}]{1,300}");

    /**
     * The entries of the {@code items} parameter: {@code kind:id}, one per line (a source key may hold spaces), in
     * order, repeats dropped.
     *
     * @throws BadRequestException naming the parameter and the entry that is not of that form
     */
    public static List<ItemRef> parse(String items) {
        if (items == null || items.isBlank()) {
            throw new BadRequestException("Parameter 'items' is missing: give the list's entries as kind:id "
                    + "one per line (kinds: " + String.join(", ", CitableItems.KINDS) + ").");
        }
        LinkedHashSet<ItemRef> refs = new LinkedHashSet<>();
        for (String line : items.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String kind = colon < 0 ? "" : entry.substring(0, colon);
            String id = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (!CitableItems.KINDS.contains(kind) || !ID.matcher(id).matches()) {
                throw new BadRequestException("Parameter 'items': '" + shorten(entry) + "' is not kind:id (kinds: "
                        + String.join(", ", CitableItems.KINDS) + ").");
            }
            refs.add(new ItemRef(kind, id));
        }
        if (refs.size() > MAX) {
            throw new BadRequestException("Parameter 'items' names " + refs.size() + " entries; a list holds at most "
                    + MAX + ".");
        }
        return new ArrayList<>(refs);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
