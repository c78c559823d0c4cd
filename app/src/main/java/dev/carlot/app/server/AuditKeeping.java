package dev.carlot.app.server;

import dev.carlot.feature.Audit;
import dev.carlot.persistence.data.AuditLog;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Where this server's audit events are kept besides the log line: its own database's
 * {@link AuditLog}, handed to every request (this filter; every run of a job, the core's or a
 * plugin's, gets it from {@link dev.carlot.app.jobs.BackgroundJobs}), so that {@link Audit} needs
 * no static registry and two servers in one JVM never write to each other's database.
 */
final class AuditKeeping implements Filter {
    private final AuditLog log;

    AuditKeeping(AuditLog log) {
        this.log = log;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Audit.keepIn(req, log);
        chain.proceed();
    }
}
