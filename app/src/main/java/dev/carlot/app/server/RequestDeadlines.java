package dev.carlot.app.server;

import io.helidon.common.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Closes a connection whose request stalls after its request line: its headers must arrive
 * within {@code carlot.server.request-head-timeout}, and a request with a body must be answered
 * within {@code carlot.server.request-body-timeout} of its headers. Helidon 4.1.7 sets no read
 * timeout on server sockets and its idle check only interrupts a connection that is reading a
 * request line, so without this a client could hold a connection (and a virtual thread) forever
 * by trickling nothing after {@code GET / HTTP/1.1}.
 *
 * <p>Helidon reports the request line, the headers and the answer's status to HTTP/1 listeners
 * but not the bytes it reads, so a body's progress cannot be seen: the body's deadline covers the
 * body and the handler. Carlot reads every body through JsonBody before it writes, and no such
 * handler runs for seconds. Per request this costs a few map operations on the connection's
 * thread; one sweeper thread per server closes what is overdue.
 */
final class RequestDeadlines implements Http1ConnectionListener, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RequestDeadlines.class.getName());
    private static final Duration DEFAULT_HEAD = Duration.ofSeconds(10);
    private static final Duration DEFAULT_BODY = Duration.ofSeconds(30);

    private final long headNanos;
    private final long bodyNanos;
    /** A connection is here only between its request line and its answer: one deadline each. */
    private final Map<ConnectionContext, Due> due = new ConcurrentHashMap<>();
    private final Thread sweeper;

    RequestDeadlines(Duration head, Duration body) {
        this.headNanos = head.toNanos();
        this.bodyNanos = body.toNanos();
        long period = Math.clamp(Math.min(head.toMillis(), body.toMillis()) / 4, 50, 1000);
        this.sweeper = Thread.ofVirtual().name("carlot-request-deadlines").start(() -> sweep(period));
    }

    /** The deadlines {@code carlot.server} sets (request-head-timeout, request-body-timeout). */
    static RequestDeadlines from(Config config) {
        return new RequestDeadlines(
                config.get("request-head-timeout").as(Duration.class).orElse(DEFAULT_HEAD),
                config.get("request-body-timeout").as(Duration.class).orElse(DEFAULT_BODY));
    }

    /**
     * HTTP/1.1 as configured under {@code server.protocols.http_1_1}, with these deadlines. Named
     * as Helidon names the one it discovers, so that one is not added beside it: a second HTTP/1
     * selector makes Helidon read a first byte before the connection exists, where its idle check
     * cannot see it, and a connection that sends nothing would stay open.
     */
    Http1Config http1(Config server) {
        return Http1Config.builder()
                .config(server.get("protocols.http_1_1"))
                .name("http_1_1")
                .addReceiveListener(this)
                .addSendListener(this)
                .build();
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        due.put(ctx, new Due(System.nanoTime() + headNanos, "headers"));
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        boolean body = headers.contains(HeaderValues.TRANSFER_ENCODING_CHUNKED)
                || headers.contains(HeaderNames.CONTENT_LENGTH) && !headers.contains(HeaderValues.CONTENT_LENGTH_ZERO);
        if (body) {
            due.put(ctx, new Due(System.nanoTime() + bodyNanos, "body"));
        } else {
            due.remove(ctx);
        }
    }

    /** The send side: the answer has begun, so the request has been read. */
    @Override
    public void status(ConnectionContext ctx, Status status) {
        due.remove(ctx);
    }

    private void sweep(long periodMillis) {
        try {
            while (true) {
                Thread.sleep(periodMillis);
                long now = System.nanoTime();
                due.forEach((ctx, deadline) -> {
                    if (!ctx.serverSocket().isConnected()) {
                        // the client left mid-request (wrk stopping, a dropped phone): Helidon has
                        // closed it already, and no listener hears of that, so forget it quietly
                        due.remove(ctx, deadline);
                    } else if (now - deadline.at() > 0 && due.remove(ctx, deadline)) {
                        expire(ctx, deadline.awaited());
                    }
                });
            }
        } catch (InterruptedException stopped) {
            due.clear();
        }
    }

    private static void expire(ConnectionContext ctx, String awaited) {
        LOG.info(() -> "closed the connection from " + ctx.remotePeer().host()
                + ": its request's " + awaited + " did not arrive in time");
        // the connection's thread, blocked in a read, then fails and ends the connection
        ctx.serverSocket().close();
    }

    /** When {@code awaited} (headers, body) is overdue, in System.nanoTime() terms. */
    private record Due(long at, String awaited) {
    }

    @Override
    public void close() {
        sweeper.interrupt();
    }
}
