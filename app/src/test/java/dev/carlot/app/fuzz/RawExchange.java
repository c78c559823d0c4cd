package dev.carlot.app.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One request over a plain socket: the bytes go out exactly as given, the sending side is
 * closed, and everything the server writes until it closes is read back.
 */
final class RawExchange {
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] (\\d{3})");
    private static final int MAX_ANSWER = 4 * 1024 * 1024;

    /** What came back: the status of every response in it (none when the server just closed). */
    record Answer(List<Integer> statuses, String text, boolean timedOut) {
    }

    private RawExchange() {
    }

    static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException e) {
                // the server may refuse the rest of a huge request and close early; its answer is still read
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the server on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] buffer = new byte[MAX_ANSWER];
        int length = 0;
        boolean timedOut = false;
        try {
            int n;
            while (length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0) {
                length += n;
            }
        } catch (SocketTimeoutException e) {
            timedOut = true;
        } catch (SocketException e) {
            // a reset after the answer: what arrived before it counts
        }
        String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        List<Integer> statuses = STATUS_LINE.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).toList();
        return new Answer(statuses, text, timedOut);
    }
}
