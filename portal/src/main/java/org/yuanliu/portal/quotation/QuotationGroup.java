package org.yuanliu.portal.quotation;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The same words quoted in one or more places ({@code group_key}): the words as safe highlighted HTML and every
 * place they are quoted, each with its document and source. {@code id} is the best-matching quotation.
 */
@Serdeable
public record QuotationGroup(String id, @Nullable String groupKey, String textHtml, List<String> speakers,
                             List<QuotationHit> occurrences) {
}
