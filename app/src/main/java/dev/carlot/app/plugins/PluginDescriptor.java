package dev.carlot.app.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A plugin's {@code plugin.properties}: its name (which also names its folder, its configuration
 * section {@code carlot.plugins.<name>}, its database schema and role), its version, the range of
 * plugin-API versions it was built for and a sentence saying what it does.
 */
public record PluginDescriptor(String name, SemVer version, ApiRange api, String description) {
    /** The file in a plugin's folder; inside a jar it is {@link #JAR_ENTRY}. */
    public static final String FILE = "plugin.properties";
    public static final String JAR_ENTRY = "carlot-plugin/plugin.properties";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * Reads a descriptor.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static PluginDescriptor read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String name = required(properties, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("its name '" + name
                    + "' is not 1 to 40 lower-case letters, digits and '-', starting with a letter");
        }
        SemVer version;
        ApiRange api;
        try {
            version = SemVer.parse(required(properties, "version"));
            api = ApiRange.parse(required(properties, "api"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ": " + e.getMessage());
        }
        return new PluginDescriptor(name, version, api, properties.getProperty("description", "").strip());
    }

    /** Whether a name could be a plugin's, before its descriptor is read (a folder, a command's argument). */
    public static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(FILE + " has no '" + key + "'");
        }
        return value;
    }
}
