package org.yuanliu.portal.search;

import java.util.Optional;

import org.yuanliu.portal.web.BadRequestException;
import org.yuanliu.portal.web.RequestParameters;

/** The era chosen on the timeline ({@code from}/{@code to}, inclusive years). */
public record YearRange(Optional<Integer> from, Optional<Integer> to) {
    public static final int EARLIEST = 1000;
    public static final int LATEST = 2999;

    public static YearRange from(RequestParameters parameters) {
        Optional<Integer> from = parameters.optionalInteger("from", EARLIEST, LATEST);
        Optional<Integer> to = parameters.optionalInteger("to", EARLIEST, LATEST);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new BadRequestException("Year 'from' (" + from.get() + ") must not be after 'to' (" + to.get() + ").");
        }
        return new YearRange(from, to);
    }

    public boolean isSet() {
        return from.isPresent() || to.isPresent();
    }

    public boolean contains(int year) {
        return from.map(f -> year >= f).orElse(true) && to.map(t -> year <= t).orElse(true);
    }
}
