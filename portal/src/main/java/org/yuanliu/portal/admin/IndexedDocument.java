package org.yuanliu.portal.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A document as the admin list shows it. */
@Serdeable
public record IndexedDocument(String id, @Nullable String title, @Nullable String fileName, int pages,
                              @Nullable String indexedAt, java.util.List<String> locations) {
}
