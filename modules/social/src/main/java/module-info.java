/**
 * Social engagement: reviews of cars (one per user and car, never by the car's seller) and
 * posts on the marketplace's board. Exports nothing; the runtime finds it as a feature.
 *
 * @provides dev.carlot.feature.Feature with the reviews and posts routes
 */
module dev.carlot.social {
    requires dev.carlot.feature;

    // OpenApiFragment (in dev.carlot.feature) reads openapi.json from this package; a resource
    // in a named module's package is found only by modules the package is open to.
    opens dev.carlot.social to dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.social.SocialFeature;
}
