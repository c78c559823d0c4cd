package dev.carlot.app.seed;

/** What a seed run created; zeroes everywhere when everything was there already. */
public record SeedReport(int accounts, int cars, int orders) {

    public boolean createdNothing() {
        return accounts == 0 && cars == 0 && orders == 0;
    }

    /** One line for the operator. */
    public String describe() {
        if (createdNothing()) {
            return "nothing to seed: the demo accounts and cars exist already";
        }
        return "seeded " + accounts + " account" + (accounts == 1 ? "" : "s") + ", " + cars + " car"
                + (cars == 1 ? "" : "s") + " and " + orders + " order" + (orders == 1 ? "" : "s");
    }
}
