package org.yuanliu.facet;

/** A taxonomy file that cannot be used; the message names the file and, where known, the entry. */
public class TaxonomyFormatException extends RuntimeException {

    private final String file;

    public TaxonomyFormatException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public TaxonomyFormatException(String file, String message) {
        this(file, message, null);
    }

    public String file() {
        return file;
    }
}
