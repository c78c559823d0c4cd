package dev.carlot.feature;

/**
 * The version of Carlot's plugin API: the exported packages of this module and of
 * {@code dev.carlot.persistence}. A plugin names the range it was built for in its descriptor
 * ({@code api=[1.0,2.0)}); the runtime refuses it when this version is outside.
 *
 * <p>Semantic: a patch version fixes, a minor version only adds (a type, a method with a default,
 * a record component behind the old constructor), a major version may remove or change. A plugin
 * built against {@code 1.x} therefore says {@code [1.x,2.0)}.
 */
public final class PluginApi {

    /** This API's version, major.minor.patch. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
