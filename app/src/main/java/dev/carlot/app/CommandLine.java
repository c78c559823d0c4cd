package dev.carlot.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invocation: its words ({@code migrate status}) and its flags as configuration keys
 * ({@code --port=9090} becomes {@code server.port=9090}).
 */
public record CommandLine(List<String> words, Map<String, String> settings) {
    /** restore's switch: kept among the words, for the command to read; any other command refuses it. */
    static final String FORCE = "--force";

    public CommandLine {
        words = List.copyOf(words);
        settings = Map.copyOf(settings);
    }

    /** @throws UsageException for a flag that is not {@code --name=value} or names nothing known */
    public static CommandLine parse(String... args) {
        List<String> words = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                words.addFirst("help");
            } else if (arg.equals(FORCE)) {
                words.add(arg);
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                if (eq < 0) {
                    throw new UsageException("option " + arg + " needs a value: " + arg + "=...");
                }
                settings.put(key(arg.substring(2, eq)), arg.substring(eq + 1));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else {
                words.add(arg);
            }
        }
        return new CommandLine(words, settings);
    }

    private static String key(String flag) {
        if (flag.contains(".")) {
            return flag;
        }
        return Option.byFlag(flag).map(Option::key)
                .orElseThrow(() -> new UsageException("unknown option --" + flag));
    }

    /** The first word, {@code serve} when there is none. */
    public String command() {
        return words.isEmpty() ? "serve" : words.getFirst();
    }

    /** The words after the command. */
    public List<String> arguments() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }
}
