package org.yuanliu.indexer.pipeline;

/** Told about each file as the batch goes; the CLI draws a progress bar, the portal a progress view. */
public interface Progress {
    Progress NONE = outcome -> { };

    void done(Outcome outcome);
}
