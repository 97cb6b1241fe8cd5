package org.yuanliu.portal.document;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A document's metadata as stored in the documents index (see mappings/index/documents.json). */
@Serdeable
public record Document(@Nullable String title, @Nullable List<String> authors, @Nullable List<String> journal,
                       @Nullable Integer publicationYear, @JsonProperty("abstract") @Nullable String abstractText, @Nullable List<String> keywords,
                       @Nullable List<String> language, @Nullable String fileName, @Nullable Integer pageCount,
                       @Nullable Integer passageCount, @Nullable Integer footnoteCount,
                       @Nullable List<Heading> headings, @Nullable List<String> printedPages,
                       @Nullable List<String> stage, @Nullable List<String> planNamed, @Nullable List<String> country,
                       @Nullable List<String> theme, @Nullable Map<String, String> fields,
                       @Nullable Policy policy) {

    /** What a policy document states about itself (GB/T 9704 elements); absent for articles. */
    @Serdeable
    public record Policy(@Nullable String type, @Nullable List<String> issuers, @Nullable String number,
                         @Nullable String addressees, @Nullable String dateWritten, @Nullable String dateIssued,
                         @Nullable String dateInForce, @Nullable Integer yearIssued, @Nullable List<String> copiedTo,
                         @Nullable List<Attachment> attachments) {
    }

    /** A 附件 and the passage it starts at. */
    @Serdeable
    public record Attachment(@Nullable String label, @Nullable String title, @Nullable Integer passage) {
    }
}
