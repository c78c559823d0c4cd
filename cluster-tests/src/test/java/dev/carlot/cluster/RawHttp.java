package dev.carlot.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 request on a socket of its own, bound to a chosen loopback address, optionally
 * preceded by a PROXY protocol v2 header: what HAProxy with {@code send-proxy-v2} writes, or
 * what an attacker would. The answer is read to the end ({@code Connection: close}).
 */
final class RawHttp {
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");
    private static final byte[] SIGNATURE = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};

    private RawHttp() {
    }

    /** The answer's status and body; empty when the server closed the connection without one. */
    record Answer(int status, String body) {
    }

    /** A v2 header for a TCP/IPv4 connection from {@code source} (port 4711) to 127.0.0.1:80. */
    static byte[] proxied(String source) throws IOException {
        return ByteBuffer.allocate(16 + 12).put(SIGNATURE).put((byte) 0x21).put((byte) 0x11).putShort((short) 12)
                .put(InetAddress.getByName(source).getAddress()).put(new byte[] {127, 0, 0, 1})
                .putShort((short) 4711).putShort((short) 80).array();
    }

    /** {@code method path} with {@code extraHeaders} (each ending in CRLF) and a JSON body, or none. */
    static Optional<Answer> send(String from, int port, byte[] header, String method, String path, String extraHeaders,
                                 String json) throws IOException {
        return send(from, port, header, method, path, extraHeaders, json, 30_000);
    }

    /** The same, waiting at most {@code timeoutMillis} for the answer's first byte and between bytes. */
    static Optional<Answer> send(String from, int port, byte[] header, String method, String path, String extraHeaders,
                                 String json, int timeoutMillis) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders
                + (json == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(timeoutMillis);
            // one write: Helidon 4.1.7 reads the header's address block with a single read()
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(header);
            request.write(head.getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return answer(socket.getInputStream());
        }
    }

    /**
     * The answer, read up to its Content-Length: Helidon 4.1.7 keeps a connection open after
     * answering {@code Connection: close} (helidon-io/helidon#12324), so the end of the stream
     * does not mark the end of the answer.
     */
    private static Optional<Answer> answer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return Optional.empty();
                }
                head.write(b);
            }
        } catch (SocketException | SocketTimeoutException e) {
            // reset, or nothing within the socket's timeout: no answer
            return Optional.empty();
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int status = Integer.parseInt(text.substring(text.indexOf(' ') + 1, text.indexOf(' ') + 4));
        Matcher length = CONTENT_LENGTH.matcher(text);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return Optional.of(new Answer(status, new String(body, StandardCharsets.UTF_8)));
    }
}
