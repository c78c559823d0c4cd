package dev.carlot.app;

import dev.carlot.app.backend.Backends;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.UnavailableException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line: parses, runs one command and turns every failure into one line on
 * stderr and an {@link ExitCode}. Streams, environment and backends are passed in, so tests
 * run it in-process.
 */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Supplier<Backends> backends;

    public Cli(PrintStream out, PrintStream err, Map<String, String> environment, Supplier<Backends> backends) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.backends = backends;
    }

    /** Runs {@code args}; for {@code serve} this returns only once the server has stopped. */
    public int run(String... args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.command().equals("help")) {
                out.print(Help.text(backends.get().names()));
                return ExitCode.OK.code();
            }
            AppConfig config = AppConfig.load(line, environment);
            Commands commands = new Commands(config, backends.get(), out);
            List<String> arguments = line.arguments();
            switch (line.command()) {
                case "serve" -> {
                    none(arguments, "serve");
                    commands.serve().awaitStop();
                }
                case "migrate" -> {
                    if (!arguments.isEmpty() && arguments.getFirst().equals("status")) {
                        none(arguments.subList(1, arguments.size()), "migrate status");
                        commands.migrationStatus();
                    } else {
                        none(arguments, "migrate");
                        commands.migrate();
                    }
                }
                case "seed" -> {
                    none(arguments, "seed");
                    commands.seed();
                }
                case "backup" -> commands.backup(file(arguments, "backup"));
                case "restore" -> {
                    boolean force = arguments.contains(CommandLine.FORCE);
                    List<String> rest = arguments.stream().filter(a -> !a.equals(CommandLine.FORCE)).toList();
                    commands.restore(file(rest, "restore"), force);
                }
                case "plugins" -> PluginsCli.run(arguments, config, out);
                default -> throw new UsageException("unknown command '" + line.command() + "'");
            }
            return ExitCode.OK.code();
        } catch (UsageException e) {
            return fail(ExitCode.USAGE, e.getMessage() + "; see 'carlot help'");
        } catch (ConfigurationException | InvalidDataException e) {
            return fail(ExitCode.CONFIGURATION, e.getMessage());
        } catch (UnavailableException e) {
            return fail(ExitCode.UNAVAILABLE, e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            return fail(ExitCode.CONFLICT, e.getMessage());
        } catch (RuntimeException e) {
            err.println("carlot: unexpected failure, please report it:");
            e.printStackTrace(err);
            return ExitCode.FAILED.code();
        }
    }

    private int fail(ExitCode code, String message) {
        err.println("carlot: " + message);
        return code.code();
    }

    private static Path file(List<String> arguments, String command) {
        if (arguments.size() != 1 || arguments.getFirst().startsWith("--")) {
            throw new UsageException("'" + command + "' takes one argument, the backup file: carlot " + command + " FILE"
                    + (command.equals("restore") ? " [--force]" : ""));
        }
        return Path.of(arguments.getFirst());
    }

    private static void none(List<String> arguments, String command) {
        if (!arguments.isEmpty()) {
            throw new UsageException("'" + command + "' takes no argument '" + arguments.getFirst() + "'");
        }
    }
}
