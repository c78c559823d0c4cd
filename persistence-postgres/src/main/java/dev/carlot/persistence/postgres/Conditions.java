package dev.carlot.persistence.postgres;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The WHERE clause of a filtered list, built from the filters that are present so that the
 * planner sees plain comparisons it can match to an index (rather than "? is null or ...").
 */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** {@code clause} with its {@code ?} placeholders bound to {@code values}, in order. */
    Conditions add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code clause} with one placeholder, only when {@code value} is present. */
    Conditions add(String clause, Optional<?> value) {
        value.ifPresent(v -> add(clause, v));
        return this;
    }

    /** {@code column in (?, ?, ...)}, only when {@code values} is not empty. */
    Conditions in(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " in (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
            params.addAll(values);
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing when no filter applies. */
    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    List<Object> params() {
        return List.copyOf(params);
    }
}
