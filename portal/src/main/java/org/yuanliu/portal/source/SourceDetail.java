package org.yuanliu.portal.source;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A source with every passage that cites it. */
@Serdeable
public record SourceDetail(String id, SourceSummary source, List<CitingPassage> citedBy) {
}
