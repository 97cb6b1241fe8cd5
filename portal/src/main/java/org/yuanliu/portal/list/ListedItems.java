package org.yuanliu.portal.list;

import java.util.ArrayList;
import java.util.List;

import org.yuanliu.portal.export.CitableItem;
import org.yuanliu.portal.export.CitableItems;
import org.yuanliu.portal.web.NotFoundException;
import org.yuanliu.portal.web.SiteLinks;

import jakarta.inject.Singleton;

/**
 * A reader's list resolved against the index: the entries still there, in the reader's order, and those gone (a file
 * removed from the library since they were kept), so that the page can say so instead of failing.
 */
@Singleton
public final class ListedItems {
    /** The resolved list. */
    public record Resolved(List<CitableItem> found, List<ItemRef> missing) {
    }

    private final CitableItems items;

    public ListedItems(CitableItems items) {
        this.items = items;
    }

    public Resolved resolve(List<ItemRef> refs, SiteLinks links) {
        List<CitableItem> found = new ArrayList<>();
        List<ItemRef> missing = new ArrayList<>();
        for (ItemRef ref : refs) {
            try {
                found.add(items.find(ref.kind(), ref.id(), links));
            } catch (NotFoundException gone) {
                missing.add(ref);
            }
        }
        return new Resolved(found, missing);
    }
}
