package dev.carlot.app.plugins;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The modules a plugin may read: Carlot's API modules and every module they require transitively
 * (Helidon's web server and config, Jakarta JSON), as the boot layer resolved them.
 */
final class PluginApiModules {
    private static final Set<String> ROOTS = Set.of("dev.carlot.feature", "dev.carlot.persistence");

    private PluginApiModules() {
    }

    static Set<String> names() {
        Set<String> names = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ROOTS);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!names.add(name)) {
                continue;
            }
            ModuleLayer.boot().findModule(name).map(Module::getDescriptor).ifPresent(descriptor -> {
                for (ModuleDescriptor.Requires requires : descriptor.requires()) {
                    if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
                        todo.push(requires.name());
                    }
                }
            });
        }
        return Set.copyOf(names);
    }
}
