package dev.carlot.app.authorization;

import java.util.List;

/**
 * One row of the matrix: a request with placeholders (see {@link World#fill}) and the status
 * api.md implies for each {@link Role}, in the order anonymous, user, seller, other seller, admin.
 */
record Cell(String method, String path, String body, List<Integer> expected) {

    static Cell of(String method, String path, String body, int anonymous, int user, int seller, int otherSeller,
            int admin) {
        return new Cell(method, path, body, List.of(anonymous, user, seller, otherSeller, admin));
    }

    static Cell of(String method, String path, int anonymous, int user, int seller, int otherSeller, int admin) {
        return of(method, path, "", anonymous, user, seller, otherSeller, admin);
    }

    int expected(Role role) {
        return expected.get(role.ordinal());
    }

    /** Only GET leaves the world as it found it, so only GET cells share one. */
    boolean reads() {
        return method.equals("GET");
    }

    /** The path with every placeholder reduced to {@code {}}, to compare with the served route templates. */
    String shape() {
        return method + " " + path.replaceAll("\\?.*", "").replaceAll("\\{[A-Za-z]+}", "{}");
    }
}
