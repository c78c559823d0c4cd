package dev.carlot.engagement;

import dev.carlot.feature.ApiException;
import dev.carlot.persistence.data.Car;
import dev.carlot.persistence.data.Cars;

/** The car a path names, or the 404 an unknown car gets. */
final class KnownCars {
    private KnownCars() {
    }

    static Car require(Cars cars, long id) {
        return cars.find(id).orElseThrow(() -> ApiException.notFound("There is no car with id " + id + "."));
    }
}
