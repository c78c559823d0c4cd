/**
 * Carlot's sales orders: placing an order reserves the car, and the order's transitions
 * (confirm, complete, cancel) move the car along with it. Exports nothing; the runtime finds
 * it as a Feature.
 *
 * @provides dev.carlot.feature.Feature the routes under {@code /api/orders}
 */
module dev.carlot.sales {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.sales.SalesFeature;
}
