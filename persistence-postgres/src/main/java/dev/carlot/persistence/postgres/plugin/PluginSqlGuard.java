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
    /**
     * String literals and comments, which may hold the words below harmlessly, and quoted
     * identifiers, which name what their bare spelling names ("set_config"(...) calls set_config).
     */
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|--[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);
    private static final Pattern SESSION = Pattern.compile(
            "(?i)\\b(?:set|reset)\\s+(?:local\\s+|session\\s+)?(?:role|session\\s+authorization|search_path|all)\\b"
                    + "|\\bset_config\\s*\\(|\\bdiscard\\b|;\\s*\\S"
                    // code run by the server, whose text (dynamic SQL in literals) is out of this check's sight;
                    // a plugin's functions belong in its migrations
                    + "|^\\s*do\\b|\\bcreate\\s+(?:or\\s+replace\\s+)?(?:function|procedure)\\b");

    private PluginSqlGuard() {
    }

    static void check(PluginSchema plugin, String sql) {
        // a quoted identifier keeps its word characters only: "a;b" is one name, not two statements
        String bare = QUOTED.matcher(sql).replaceAll(m -> m.group(1) == null ? " "
                : " " + m.group(1).replaceAll("\\W", "_") + " ");
        if (SESSION.matcher(bare).find()) {
            throw PluginErrors.denied(plugin, "a statement that changes the role or the session's settings, more than"
                    + " one statement, a DO block or a function definition", null);
        }
    }
}
