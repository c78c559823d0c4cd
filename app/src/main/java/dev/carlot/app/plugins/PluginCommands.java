package dev.carlot.app.plugins;

import dev.carlot.app.ConfigurationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code carlot plugins install DIR|JAR}, {@code remove NAME} and {@code list}. They change the
 * plugins directory, which a running server watches, and wait for its answer in the status file;
 * with no server running, the next {@code serve} takes the change. A plugin is checked here first,
 * in a layer of this process, so that most refusals come before the directory changes at all.
 */
public final class PluginCommands {
    private final PluginSettings settings;
    private final PrintStream out;
    private final Duration patience;

    public PluginCommands(PluginSettings settings, PrintStream out, Duration patience) {
        this.settings = settings;
        this.out = out;
        this.patience = patience;
    }

    /** Installs or upgrades the plugin at {@code source}: a plugin folder, or a jar holding its descriptor. */
    public void install(Path source) {
        Path dir = createDirectories(settings.dir());
        PluginStaging staged = PluginStaging.stage(source, dir);
        PluginDescriptor descriptor = staged.descriptor();
        String name = descriptor.name();
        try {
            PluginCheck.offline(PluginFolder.of(staged.folder()), descriptor);
        } catch (PluginRefusal refusal) {
            staged.discard();
            throw new ConfigurationException(refusal.getMessage());
        }
        Optional<StatusFile.Report> server = StatusFile.read(dir);
        staged.moveInto(dir.resolve(name));
        if (server.isEmpty()) {
            staged.keep();
            out.println("installed " + name + " " + descriptor.version() + " in " + dir.resolve(name)
                    + "; no server runs there now, the next 'carlot serve' loads it");
            return;
        }
        Optional<PluginStatus> answer = await(dir, s -> s.name().equals(name) && s.version().equals(
                descriptor.version().toString()) && s.state() != PluginStatus.State.DISABLED);
        if (answer.isPresent() && answer.get().state() == PluginStatus.State.REFUSED) {
            staged.restore(dir.resolve(name));
            throw new ConfigurationException("plugin '" + name + "' refused: " + answer.get().reason().orElse("")
                    + "; the plugins directory is as it was");
        }
        staged.keep();
        out.println(answer.isPresent() ? "running " + name + " " + descriptor.version() + " (server pid "
                + server.get().pid() + ")"
                : "installed " + name + " " + descriptor.version() + "; the running server did not answer within "
                        + patience.toSeconds() + " s: see its log and 'carlot plugins list'");
    }

    /** Removes the plugin {@code name}'s folder; a running server stops serving it. Its data stays in the database. */
    public void remove(String name) {
        Path folder = settings.dir().resolve(name);
        if (!PluginDescriptor.isName(name) || !Files.isDirectory(folder)) {
            throw new ConfigurationException("there is no plugin '" + name + "' in " + settings.dir()
                    + "; 'carlot plugins list' shows those there are");
        }
        Optional<StatusFile.Report> server = StatusFile.read(settings.dir());
        PluginStaging.deleteFolder(folder, settings.dir());
        if (server.isPresent()) {
            boolean gone = awaitReport(settings.dir(), r -> r.plugins().stream().noneMatch(s -> s.name().equals(name)));
            out.println(gone ? "removed " + name + " from the running server; its data is kept"
                    : "removed " + name + "'s folder; the running server did not answer within " + patience.toSeconds()
                            + " s: see its log");
        } else {
            out.println("removed " + name + "'s folder; its data is kept");
        }
    }

    /** What a running server serves, or else what the directory holds. */
    public void list() {
        Optional<StatusFile.Report> server = StatusFile.read(settings.dir());
        List<PluginStatus> statuses = server.map(StatusFile.Report::plugins).orElseGet(this::offline);
        out.println(server.map(r -> "plugins of the server running on " + settings.dir() + " (pid " + r.pid() + "):")
                .orElse("plugins in " + settings.dir() + " (no server runs there now):"));
        if (statuses.isEmpty()) {
            out.println("  none");
        }
        for (PluginStatus status : statuses) {
            out.printf("  %-24s %-10s %-9s %s%n", status.name(), status.version(), status.state().text(),
                    status.reason().orElse(status.description()));
        }
    }

    private List<PluginStatus> offline() {
        return settings.folders().stream().map(folder -> {
            try {
                PluginDescriptor descriptor = PluginLayers.descriptor(folder);
                return settings.enabled(folder.name()) ? new PluginStatus(descriptor.name(), descriptor.version().toString(),
                        PluginStatus.State.INSTALLED, Optional.empty(), descriptor.description())
                        : PluginStatus.disabled(folder.name(), Optional.of(descriptor));
            } catch (PluginRefusal refusal) {
                return PluginStatus.refused(refusal, Optional.empty());
            }
        }).toList();
    }

    private Optional<PluginStatus> await(Path dir, Predicate<PluginStatus> answer) {
        var found = new java.util.concurrent.atomic.AtomicReference<Optional<PluginStatus>>(Optional.empty());
        awaitReport(dir, r -> {
            found.set(r.plugins().stream().filter(answer).findFirst());
            return found.get().isPresent();
        });
        return found.get();
    }

    /** Polls the status file, at most {@link #patience}, until {@code done} holds. */
    private boolean awaitReport(Path dir, Predicate<StatusFile.Report> done) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<StatusFile.Report> report = StatusFile.read(dir);
            if (report.isPresent() && done.test(report.get())) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plugins directory " + dir, e);
        }
    }
}
