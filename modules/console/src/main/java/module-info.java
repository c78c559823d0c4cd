/**
 * The operator's console: {@code /console}, a page of static HTML, CSS and ES modules served from
 * this module, which drives Carlot through its own admin API; and {@code /openapi/ui}, Swagger UI
 * over {@code /openapi}. A plugin that ships with Carlot (its folder is built into
 * {@code target/plugin/console}), loaded into a layer of its own like any other; it exports nothing.
 *
 * @provides dev.carlot.feature.Feature with the console's pages
 */
module dev.carlot.console {
    requires dev.carlot.feature;
    // the webjars, automatic modules named after their files, in the plugin's folder beside it;
    // their assets are read, not their classes
    requires uplot;
    requires swagger.ui;

    provides dev.carlot.feature.Feature with dev.carlot.console.ConsoleFeature;
}
