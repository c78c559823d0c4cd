/**
 * The plugin contract of Carlot's features and the HTTP pieces they share: routes that
 * record themselves, problem+json errors, JSON bodies with field validation, paging
 * parameters and the authenticated caller.
 *
 * @uses dev.carlot.feature.Feature
 */
module dev.carlot.feature {
    requires transitive dev.carlot.persistence;
    requires transitive io.helidon.webserver;
    requires transitive io.helidon.config;
    requires transitive jakarta.json;
    requires io.helidon.http.media.jsonp;
    // JsonText encodes every answer with Jackson's streaming generator; no Jackson type is exported
    requires tools.jackson.core;
    requires java.logging;

    exports dev.carlot.feature;

    uses dev.carlot.feature.Feature;
}
