package dev.carlot.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the exact total of the whole list. */
public record Page<T>(List<T> items, long total, int limit, long offset) {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into another by {@code mapper}, totals unchanged. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, limit, offset);
    }
}
