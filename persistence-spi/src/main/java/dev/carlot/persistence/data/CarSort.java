package dev.carlot.persistence.data;

/** The orders a car list can come in; ties are broken by id so pages never overlap. */
public enum CarSort {
    NEWEST, PRICE_ASC, PRICE_DESC, YEAR_ASC, YEAR_DESC
}
