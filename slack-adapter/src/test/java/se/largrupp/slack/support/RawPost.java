package se.largrupp.slack.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST written by hand over a socket, for bodies no real client would send: a huge one, declared or chunked. The body
 * is streamed while the answer is awaited, so a server that answers early and stops reading is seen doing so.
 */
public final class RawPost {
    public record Result(int status, long bytesWritten) {}

    private RawPost() {}

    /** @param declared send a {@code Content-Length} of {@code size}; otherwise the body is chunked */
    public static Result send(URI endpoint, Map<String, String> headers, long size, boolean declared) throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\n");
            head.append(declared ? "Content-Length: " + size + "\r\n" : "Transfer-Encoding: chunked\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> stream(out, size, declared, written), "raw-post-writer");
            writer.setDaemon(true);
            writer.start();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            socket.close(); // stops the writer, whatever it had left to send
            writer.join(20_000);
            return new Result(statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]), written.get());
        }
    }

    private static void stream(OutputStream out, long size, boolean declared, AtomicLong written) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try {
            for (long left = size; left > 0; left -= chunk.length) {
                int n = (int) Math.min(chunk.length, left);
                if (!declared) out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, n);
                if (!declared) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                written.addAndGet(n);
            }
            if (!declared) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException stoppedByTheServerOrByUs) {
            // expected: the server refused the body and closed, or we closed after reading its answer
        }
    }
}
