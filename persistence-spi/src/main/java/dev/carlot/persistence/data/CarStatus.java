package dev.carlot.persistence.data;

/** Where a car stands; `RESERVED` while an order for it is pending or confirmed. */
public enum CarStatus implements WireValue {
    AVAILABLE, RESERVED, SOLD, ARCHIVED
}
