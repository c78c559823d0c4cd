package dev.carlot.app;

import dev.carlot.app.backend.Backends;
import io.helidon.logging.common.LogConfig;

/** {@code carlot [serve|migrate|migrate status|seed|help] [--option=value ...]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        int code = new Cli(System.out, System.err, System.getenv(), Backends::discover).run(args);
        System.exit(code);
    }
}
