package dev.carlot.persistence.data;

/** Where an order stands. */
public enum OrderStatus implements WireValue {
    PENDING, CONFIRMED, COMPLETED, CANCELLED
}
