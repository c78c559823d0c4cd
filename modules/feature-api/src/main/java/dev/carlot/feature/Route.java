package dev.carlot.feature;

/** One declared route: an HTTP method and a path template such as {@code /api/cars/{id}}. */
public record Route(String method, String path) {
}
