package org.yuanliu.indexer.pipeline;

import java.util.List;

/** The outcome of a batch: one entry per input file, in input order. */
public record Summary(List<Outcome> outcomes) {
    public Summary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Outcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).toList();
    }

    public int pages() {
        return outcomes.stream().mapToInt(Outcome::pages).sum();
    }
}
