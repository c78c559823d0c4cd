package dev.carlot.persistence.postgres.plugin;

import dev.carlot.persistence.plugin.PluginSchema;
import java.util.regex.Pattern;

/**
 * Refuses a plugin's statement that would leave the plugin's role or schema for the rest of its
 * transaction (SET/RESET ROLE, set_config, a second statement after a semicolon), so that the
 * plugin's SQL runs under the privileges PostgreSQL checks for its role. It reads the text only:
 * it keeps an honest plugin honest and a careless one inside; SQL built to hide such a statement
 * (dynamic SQL in a function) is outside what it can see, which docs/plugins.md says.
 */
final class PluginSqlGuard {
    /** String literals, quoted identifiers and comments, which may hold the words below harmlessly. */
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);
    private static final Pattern SESSION = Pattern.compile(
            "(?i)\\b(?:set|reset)\\s+(?:local\\s+|session\\s+)?(?:role|session\\s+authorization|search_path|all)\\b"
                    + "|\\bset_config\\s*\\(|\\bdiscard\\b|;\\s*\\S");

    private PluginSqlGuard() {
    }

    static void check(PluginSchema plugin, String sql) {
        String bare = QUOTED.matcher(sql).replaceAll(" ");
        if (SESSION.matcher(bare).find()) {
            throw PluginErrors.denied(plugin, "a statement that changes the role or the session's settings, or more than"
                    + " one statement", null);
        }
    }
}
