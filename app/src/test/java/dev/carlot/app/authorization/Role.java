package dev.carlot.app.authorization;

/** The callers of the matrix; the other seller owns a car, but not the one the user ordered. */
enum Role {
    ANONYMOUS, USER, SELLER, OTHER_SELLER, ADMIN
}
