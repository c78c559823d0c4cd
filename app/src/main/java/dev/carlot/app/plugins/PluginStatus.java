package dev.carlot.app.plugins;

import dev.carlot.feature.JsonOut;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * What the runtime made of one plugin folder: running, refused (with the reason) or disabled by
 * configuration. The shape of an item of {@code GET /api/admin/plugins} and of {@code carlot plugins list}.
 */
public record PluginStatus(String name, String version, State state, Optional<String> reason, String description) {

    /** A plugin's state; {@code installed} only when no server runs on the directory to say more. */
    public enum State {
        RUNNING, REFUSED, DISABLED, INSTALLED;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static PluginStatus running(PluginDescriptor descriptor) {
        return new PluginStatus(descriptor.name(), descriptor.version().toString(), State.RUNNING, Optional.empty(),
                descriptor.description());
    }

    static PluginStatus disabled(String name, Optional<PluginDescriptor> descriptor) {
        return new PluginStatus(name, descriptor.map(d -> d.version().toString()).orElse(""), State.DISABLED,
                Optional.empty(), descriptor.map(PluginDescriptor::description).orElse(""));
    }

    static PluginStatus refused(PluginRefusal refusal, Optional<PluginDescriptor> descriptor) {
        return new PluginStatus(refusal.plugin(), descriptor.map(d -> d.version().toString()).orElse(""), State.REFUSED,
                Optional.of(refusal.reason()), descriptor.map(PluginDescriptor::description).orElse(""));
    }

    public JsonObject toJson() {
        JsonOut out = JsonOut.object().add("name", name).add("version", version).add("state", state.text());
        reason.ifPresent(r -> out.add("reason", r));
        return out.add("description", description).build();
    }

    /** Reads an item written by {@link #toJson()}. */
    public static PluginStatus fromJson(JsonObject json) {
        return new PluginStatus(json.getString("name"), json.getString("version", ""),
                State.valueOf(json.getString("state").toUpperCase(java.util.Locale.ROOT)),
                Optional.ofNullable(json.getString("reason", null)), json.getString("description", ""));
    }
}
