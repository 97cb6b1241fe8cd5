package org.yuanliu.ik;

/** The two segmentation modes of IK, under the names the widely deployed IK plugin registers. */
public enum IkMode {
    /** Coarsest segmentation: one token per dictionary word, no overlaps. Used at search time. */
    SMART("ik_smart", true),
    /** Every dictionary word found, overlapping. Used at index time for recall. */
    MAX_WORD("ik_max_word", false);

    private final String registeredName;
    private final boolean useSmart;

    IkMode(String registeredName, boolean useSmart) {
        this.registeredName = registeredName;
        this.useSmart = useSmart;
    }

    public String registeredName() {
        return registeredName;
    }

    boolean useSmart() {
        return useSmart;
    }
}
