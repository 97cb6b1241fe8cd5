package org.yuanliu.portal.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Paging limits ({@code yuanliu.search.*}). {@code maxResults} caps how deep a visitor may page: deep pages are
 * expensive for the engine and useless to a reader, who is better served by a filter. {@code maxExportRows} caps a
 * CSV export, which is streamed (its memory does not grow with it) but takes time.
 */
@ConfigurationProperties("yuanliu.search")
public record SearchLimits(
        @Bindable(defaultValue = "20") int pageSize,
        @Bindable(defaultValue = "50") int maxPageSize,
        @Bindable(defaultValue = "1000") int maxResults,
        @Bindable(defaultValue = "50000") int maxExportRows) {
}
