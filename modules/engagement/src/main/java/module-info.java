/**
 * Customer engagement: inquiries about cars (asked by buyers, answered by the car's seller)
 * and each user's favorite cars. Exports nothing; the runtime finds it as a feature.
 *
 * @provides dev.carlot.feature.Feature with the inquiries and favorites routes
 */
module dev.carlot.engagement {
    requires dev.carlot.feature;

    // OpenApiFragment (in dev.carlot.feature) reads openapi.json from this package; a resource
    // in a named module's package is found only by modules the package is open to.
    opens dev.carlot.engagement to dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.engagement.EngagementFeature;
}
