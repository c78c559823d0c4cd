/**
 * Carlot's car inventory: listing, filtering and sorting cars, and letting sellers list,
 * edit, archive and delete their own. Exports nothing; the runtime finds it as a Feature.
 *
 * @provides dev.carlot.feature.Feature the routes under {@code /api/cars}
 */
module dev.carlot.inventory {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.inventory.InventoryFeature;
}
