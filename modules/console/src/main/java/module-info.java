/**
 * The operator's console: {@code /console}, a page of static HTML, CSS and ES modules served from
 * this module, which drives Carlot through its own admin API; {@code /openapi/ui}, Swagger UI over
 * {@code /openapi}; and {@code GET /api/admin/audit}, the audit log the runtime keeps. A built-in
 * feature; it exports nothing.
 *
 * @provides dev.carlot.feature.Feature with the console's pages and the audit log route
 */
module dev.carlot.console {
    requires dev.carlot.feature;
    // the webjars, automatic modules named after their files; their assets are read, not their classes
    requires uplot;
    requires swagger.ui;

    provides dev.carlot.feature.Feature with dev.carlot.console.ConsoleFeature;
}
