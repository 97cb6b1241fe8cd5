package org.yuanliu.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.http.HttpParameters;

/**
 * The query string of one request, checked against the parameters an endpoint knows. A misspelt parameter is
 * an error, not silently ignored: a permalink that looks filtered must be filtered.
 */
public final class RequestParameters {
    private final Map<String, List<String>> values;

    private RequestParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static RequestParameters of(HttpParameters parameters, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : parameters.names()) {
            if (!known.contains(name)) {
                throw new BadRequestException("Unknown parameter '" + name + "'. Known parameters: "
                        + String.join(", ", new TreeSet<>(known)) + ".");
            }
            values.put(name, parameters.getAll(name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
        }
        return new RequestParameters(values);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public Optional<String> single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new BadRequestException("Parameter '" + name + "' may be given only once.");
        }
        return given.stream().findFirst();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> given = single(name);
        if (given.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(given.get());
        } catch (NumberFormatException e) {
            throw new BadRequestException("Parameter '" + name + "' must be a whole number, not '" + given.get() + "'.");
        }
        if (value < min && max == Integer.MAX_VALUE) {
            throw new BadRequestException("Parameter '" + name + "' must be " + min + " or more, not " + value + ".");
        }
        if (value < min || value > max) {
            throw new BadRequestException("Parameter '" + name + "' must be between " + min + " and " + max + ", not "
                    + value + ".");
        }
        return value;
    }

    public Optional<Integer> optionalInteger(String name, int min, int max) {
        return single(name).map(v -> integer(name, 0, min, max));
    }

    public String choice(String name, String defaultValue, List<String> allowed) {
        String value = single(name).orElse(defaultValue);
        if (!allowed.contains(value)) {
            throw new BadRequestException("Parameter '" + name + "' must be one of " + String.join(", ", allowed)
                    + ", not '" + value + "'.");
        }
        return value;
    }
}
