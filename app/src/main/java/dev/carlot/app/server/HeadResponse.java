package dev.carlot.app.server;

import io.helidon.common.GenericType;
import io.helidon.http.Header;
import io.helidon.http.Method;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * The answer to a HEAD, given to the GET handler of the same route: the handler answers as for
 * a GET, and what it sends becomes the status and headers ({@code Content-Length} included) of an
 * answer without a body. Helidon 4.1 has no HEAD of its own, and sets {@code Content-Length} to
 * what is written unless it is set before an empty, one-write answer.
 */
final class HeadResponse implements ServerResponse {
    private final ServerRequest req;
    private final ServerResponse res;

    HeadResponse(ServerRequest req, ServerResponse res) {
        this.req = req;
        this.res = res;
    }

    static boolean isHead(ServerRequest req) {
        return req.prologue().method() == Method.HEAD;
    }

    /** Sends {@code body}'s length and no body to a HEAD, {@code body} to anything else. */
    static void send(ServerRequest req, ServerResponse res, byte[] body) {
        if (isHead(req)) {
            res.headers().contentLength(body.length);
            res.send(new byte[0]);
        } else {
            res.send(body);
        }
    }

    @Override
    public ServerResponse status(Status status) {
        res.status(status);
        return this;
    }

    @Override
    public Status status() {
        return res.status();
    }

    @Override
    public ServerResponse header(Header header) {
        res.header(header);
        return this;
    }

    @Override
    public void send() {
        send(new byte[0]);
    }

    @Override
    public void send(byte[] bytes) {
        send(req, res, bytes);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void send(Object entity) {
        if (entity instanceof byte[] bytes) {
            send(bytes);
            return;
        }
        // the same writer a GET's answer goes through (JsonMedia for JSON), into memory
        GenericType type = GenericType.create(entity);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        req.listenerContext().mediaContext().writer(type, req.headers(), res.headers())
                .write(type, entity, body, req.headers(), res.headers());
        send(body.toByteArray());
    }

    @Override
    public boolean isSent() {
        return res.isSent();
    }

    @Override
    public OutputStream outputStream() {
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                send(toByteArray());
            }
        };
    }

    @Override
    public long bytesWritten() {
        return res.bytesWritten();
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        res.whenSent(listener);
        return this;
    }

    @Override
    public ServerResponse reroute(String newPath) {
        res.reroute(newPath);
        return this;
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
        res.reroute(path, query);
        return this;
    }

    @Override
    public ServerResponse next() {
        res.next();
        return this;
    }

    @Override
    public ServerResponseHeaders headers() {
        return res.headers();
    }

    @Override
    public ServerResponseTrailers trailers() {
        return res.trailers();
    }

    @Override
    public void streamResult(String result) {
        res.streamResult(result);
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filter) {
        res.streamFilter(filter);
    }
}
