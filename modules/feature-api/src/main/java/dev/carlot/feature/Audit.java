package dev.carlot.feature;

import dev.carlot.persistence.data.AuditEntry;
import dev.carlot.persistence.data.AuditLog;
import io.helidon.common.context.Context;
import io.helidon.common.context.Contexts;
import io.helidon.webserver.http.ServerRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail: one line per security event (failed login, throttling, password or role
 * change, account deletion, backup, restore) on the logger {@code carlot.audit}, so that an
 * operator can route it apart from the access log, and the same event kept in the database's
 * {@link AuditLog} where the runtime provides one: in the request's context for a request
 * ({@link #keepIn}), in the current Helidon context for a job or a command ({@link #keeping}).
 * No static registry: a server's requests and jobs write to that server's database only.
 * An event names the event, the acting user, the user or record acted on, and the client
 * address; it never holds a password, a token or a hash, so callers pass ids and the event's
 * own facts only.
 */
public final class Audit {
    private static final Logger LOG = Logger.getLogger("carlot.audit");
    private static final Logger PROBLEMS = Logger.getLogger(Audit.class.getName());

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
        write(new AuditEntry(event, actor, target, ClientAddress.of(request), clean(facts)),
                request.context().get(AuditLog.class, AuditLog.class));
    }

    /** Records an event that no HTTP request caused, such as a command-line backup or a job. */
    public static void system(String event, Optional<Long> target, String... facts) {
        write(new AuditEntry(event, Optional.empty(), target, "local", clean(facts)),
                Contexts.context().flatMap(c -> c.get(AuditLog.class, AuditLog.class)));
    }

    /** Keeps the events of {@code request} in {@code log} too; the runtime calls it for every request. */
    public static void keepIn(ServerRequest request, AuditLog log) {
        request.context().register(AuditLog.class, log);
    }

    /** Runs {@code work} (a job's run, a command) so that the events it records are kept in {@code log} too. */
    public static void keeping(AuditLog log, Runnable work) {
        Context context = Context.create();
        context.register(AuditLog.class, log);
        Contexts.runInContext(context, work);
    }

    private static List<String> clean(String... facts) {
        return Arrays.stream(facts).map(fact -> fact.replaceAll("[\\s\\p{Cntrl}]", "_")).toList();
    }

    private static void write(AuditEntry entry, Optional<AuditLog> log) {
        StringBuilder line = new StringBuilder(96).append(entry.event())
                .append(" actor=").append(entry.actor().map(String::valueOf).orElse("-"))
                .append(" target=").append(entry.target().map(String::valueOf).orElse("-"))
                .append(" client=").append(entry.client());
        entry.facts().forEach(fact -> line.append(' ').append(fact));
        LOG.info(line.toString());
        log.ifPresent(kept -> {
            try {
                kept.add(entry);
            } catch (RuntimeException e) {
                // the line above still has the event; a database that cannot take it must not fail the request
                PROBLEMS.log(Level.WARNING, "the audit log in the database did not take " + entry.event() + ": " + e);
            }
        });
    }
}
