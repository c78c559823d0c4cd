package dev.carlot.persistence.data;

/** An account's role. */
public enum Role implements WireValue {
    ADMIN, SELLER, USER
}
