package dev.carlot.app.observe;

import dev.carlot.feature.ApiException;
import dev.carlot.feature.Caller;
import dev.carlot.feature.Feature;
import dev.carlot.feature.FeatureContext;
import dev.carlot.feature.JsonOut;
import dev.carlot.feature.Jsonp;
import dev.carlot.feature.Params;
import dev.carlot.feature.Routes;
import dev.carlot.persistence.PageRequest;
import dev.carlot.persistence.data.AuditEvent;
import dev.carlot.persistence.data.AuditLog;
import dev.carlot.persistence.data.AuditQuery;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /api/admin/audit} (admin): the audit log newest first, filtered by event (a name or
 * its first dotted parts) and acting user, in pages of {@code limit} that continue with
 * {@code after=} the {@code next} of a full page. A cursor, not an offset: the log only grows,
 * and an offset would shift under a reader while events arrive. One of the runtime's own features
 * (the console reads it, but it is Carlot's API); described in the runtime's part of the OpenAPI
 * document.
 */
public final class AuditLogFeature implements Feature {
    private static final Pattern EVENT = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void register(FeatureContext context, Routes routes) {
        AuditLog log = context.repositories().audit();
        routes.get("/api/admin/audit", (req, res) -> list(log, req, res));
    }

    private static void list(AuditLog log, ServerRequest req, ServerResponse res) {
        if (!Caller.required(req).isAdmin()) {
            throw ApiException.forbidden("Only an admin can read the audit log.");
        }
        Optional<String> event = Params.text(req, "event", 100).filter(e -> !e.isBlank());
        if (event.isPresent() && !EVENT.matcher(event.get()).matches()) {
            throw ApiException.invalid("event", "must be an event name such as login.failed, or its start such as login");
        }
        Optional<Long> actor = Params.whole(req, "actor", 1, Long.MAX_VALUE);
        Optional<Long> after = Params.whole(req, "after", 1, Long.MAX_VALUE);
        int limit = Params.whole(req, "limit", 1, PageRequest.MAX_LIMIT).map(Long::intValue)
                .orElse(PageRequest.DEFAULT_LIMIT);
        List<AuditEvent> events = log.list(new AuditQuery(event, actor, after), limit);
        var items = Jsonp.arrayBuilder();
        events.forEach(e -> items.add(json(e)));
        JsonOut page = JsonOut.object().add("items", items.build()).add("limit", limit);
        if (events.size() == limit) {
            page.add("next", Long.toString(events.getLast().id()));
        }
        res.send(page.build());
    }

    private static JsonObject json(AuditEvent event) {
        JsonOut json = JsonOut.object().add("id", event.id()).add("at", event.at())
                .add("event", event.entry().event());
        event.entry().actor().ifPresent(actor -> json.add("actor", actor));
        event.entry().target().ifPresent(target -> json.add("target", target));
        return json.add("client", event.entry().client()).add("facts", event.entry().facts()).build();
    }
}
