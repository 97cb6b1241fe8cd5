package org.yuanliu.indexer.pdf;

import java.util.Optional;

/** What the PDF's document information dictionary says about itself; often empty or wrong, used as fallback. */
public record PdfInfo(Optional<String> title, Optional<String> author, Optional<String> subject,
                      Optional<String> keywords, Optional<Integer> creationYear) {
    public static PdfInfo empty() {
        return new PdfInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
