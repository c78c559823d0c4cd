/**
 * Social engagement: reviews of cars (one per user and car, never by the car's seller) and
 * posts on the marketplace's board. Exports nothing; the runtime finds it as a feature.
 *
 * @provides dev.carlot.feature.Feature with the reviews and posts routes
 */
module dev.carlot.social {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.social.SocialFeature;
}
