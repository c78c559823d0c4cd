package dev.carlot.app;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The text of {@code carlot help}. */
final class Help {
    private Help() {
    }

    static String text(Collection<String> backends) {
        String options = Stream.of(Option.values())
                .map(o -> String.format("  %-24s %-22s %s%n", o.env(), o.flag().map(f -> "--" + f + "=...").orElse(""),
                        o.description()))
                .collect(Collectors.joining());
        StringBuilder codes = new StringBuilder();
        for (ExitCode code : ExitCode.values()) {
            codes.append(String.format("  %d  %s%n", code.code(), code.meaning()));
        }
        return """
                Carlot, the car marketplace backend.

                Usage: carlot [command] [--option=value ...]

                Commands:
                  serve            migrate, seed an empty embedded database, serve HTTP (the default)
                  migrate          apply pending database migrations
                  migrate status   list every migration: version, description, applied or pending, when
                  seed             create the demo accounts and cars that are missing
                  backup FILE      write a consistent backup of all data to FILE while serving goes on
                  restore FILE     load a backup into an empty database; --force replaces the data there
                  plugins list     the plugins and their state (of the running server, if one runs)
                  plugins install DIR|JAR   check a plugin and put it in the plugins directory; a running
                                   server swaps it in (an upgrade when one of that name runs)
                  plugins remove NAME       take a plugin out; a running server stops serving it, its data stays
                  help             this text

                Settings (environment variable, flag, meaning); flags win over the environment,
                which wins over application.yaml. Any key of application.yaml can also be given as
                a flag spelled like the key, e.g. --carlot.database.pool-size=20.
                %s
                Backends on the module path: %s

                Exit codes:
                %s""".formatted(options, String.join(", ", backends), codes);
    }
}
