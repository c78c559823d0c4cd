package dev.carlot.persistence;

/** Which slice of a list to return. */
public record PageRequest(int limit, long offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidDataException("limit must be between 0 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidDataException("offset must not be negative");
        }
    }

    /** The first {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }
}
