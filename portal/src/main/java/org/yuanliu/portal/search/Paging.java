package org.yuanliu.portal.search;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.RequestParameters;

/** One page of results (1-based), within {@link SearchLimits}. */
public record Paging(int page, int size, int maxResults) {

    public static Paging from(RequestParameters parameters, SearchLimits limits) {
        int size = parameters.integer("size", limits.pageSize(), 1, limits.maxPageSize());
        int page = parameters.integer("page", 1, 1, Integer.MAX_VALUE);
        if ((long) page * size > limits.maxResults()) {
            throw new BadRequestException("Only the first " + limits.maxResults() + " results can be paged through (page "
                    + lastPage(limits.maxResults(), size) + " at " + size + " per page). Add words or filters to narrow "
                    + "the search.");
        }
        return new Paging(page, size, limits.maxResults());
    }

    public int from() {
        return (page - 1) * size;
    }

    /** The last page a visitor can open for this many hits. */
    public int lastPage(long total) {
        long reachable = Math.min(total, maxResults);
        return (int) Math.max(1, (reachable + size - 1) / size);
    }

    private static int lastPage(int maxResults, int size) {
        return Math.max(1, maxResults / size);
    }
}
