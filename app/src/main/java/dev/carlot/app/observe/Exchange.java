package dev.carlot.app.observe;

/** One finished request as logs and metrics see it: never a body, a token or a raw id. */
public record Exchange(String method, String route, int status, long nanos) {

    public long millis() {
        return nanos / 1_000_000;
    }
}
