package dev.carlot.feature;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The audit trail: one line per security event (failed login, throttling, password or role
 * change, account deletion, backup, restore) on the logger {@code carlot.audit}, so that an
 * operator can route it apart from the access log. A line names the event, the acting user,
 * the user or record acted on, and the client address; it never holds a password, a token or
 * a hash, so callers pass ids and the event's own facts only.
 */
public final class Audit {
    private static final Logger LOG = Logger.getLogger("carlot.audit");

    private Audit() {
    }

    /**
     * Records {@code event} (a dotted name such as {@code login.failed}) for a request.
     *
     * @param target the id of the user or record acted on, when there is one
     * @param facts  extra {@code key=value} pairs of the event (never secrets)
     */
    public static void record(String event, ServerRequest request, Optional<Long> target, String... facts) {
        Optional<Long> actor = Caller.of(request).map(Principal::id);
        write(event, actor, target, ClientAddress.of(request), facts);
    }

    /** Records an event that no HTTP request caused, such as a command-line backup or a job. */
    public static void system(String event, Optional<Long> target, String... facts) {
        write(event, Optional.empty(), target, "local", facts);
    }

    private static void write(String event, Optional<Long> actor, Optional<Long> target, String client,
            String... facts) {
        StringBuilder line = new StringBuilder(96).append(event)
                .append(" actor=").append(actor.map(String::valueOf).orElse("-"))
                .append(" target=").append(target.map(String::valueOf).orElse("-"))
                .append(" client=").append(client);
        for (String fact : facts) {
            line.append(' ').append(fact.replaceAll("[\\s\\p{Cntrl}]", "_"));
        }
        LOG.info(line.toString());
    }
}
