/**
 * Carlot's sales orders: placing an order reserves the car, and the order's transitions
 * (confirm, complete, cancel) move the car along with it. Exports nothing; the runtime finds
 * it as a Feature.
 *
 * @provides dev.carlot.feature.Feature the routes under {@code /api/orders}
 */
module dev.carlot.sales {
    requires dev.carlot.feature;

    // OpenApiFragment (in dev.carlot.feature) reads openapi.json from this package; a resource
    // in a named module's package is found only by modules the package is open to.
    opens dev.carlot.sales to dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.sales.SalesFeature;
}
