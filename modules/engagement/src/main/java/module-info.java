/**
 * Customer engagement: inquiries about cars (asked by buyers, answered by the car's seller)
 * and each user's favorite cars. Exports nothing; the runtime finds it as a feature.
 *
 * @provides dev.carlot.feature.Feature with the inquiries and favorites routes
 */
module dev.carlot.engagement {
    requires dev.carlot.feature;

    provides dev.carlot.feature.Feature with dev.carlot.engagement.EngagementFeature;
}
