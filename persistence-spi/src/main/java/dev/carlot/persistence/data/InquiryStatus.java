package dev.carlot.persistence.data;

/** Where an inquiry stands. */
public enum InquiryStatus implements WireValue {
    OPEN, ANSWERED, CLOSED
}
