package dev.carlot.app;

import dev.carlot.app.plugins.PluginCommands;
import dev.carlot.app.plugins.PluginSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Parses {@code carlot plugins list|install DIR|JAR|remove NAME}. */
final class PluginsCli {
    /** How long a command waits for a running server to take the change. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private PluginsCli() {
    }

    static void run(List<String> arguments, AppConfig config, PrintStream out) {
        PluginCommands commands = new PluginCommands(PluginSettings.from(config.config()), out, PATIENCE);
        String usage = "'plugins' takes list, install DIR|JAR or remove NAME";
        if (arguments.isEmpty()) {
            throw new UsageException(usage);
        }
        switch (arguments.getFirst()) {
            case "list" -> {
                one(arguments, 1, usage);
                commands.list();
            }
            case "install" -> {
                one(arguments, 2, usage);
                commands.install(Path.of(arguments.get(1)));
            }
            case "remove" -> {
                one(arguments, 2, usage);
                commands.remove(arguments.get(1));
            }
            default -> throw new UsageException(usage + ", not '" + arguments.getFirst() + "'");
        }
    }

    private static void one(List<String> arguments, int count, String usage) {
        if (arguments.size() != count) {
            throw new UsageException(usage);
        }
    }
}
