package se.largrupp.slack.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Slack's side of a Socket Mode connection, just enough for a test: one WebSocket (RFC 6455 handshake, text frames),
 * a {@code hello}, then envelopes pushed by the test; what the app sends back is queued for the test to read.
 */
public final class SocketModeStandIn implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private final ServerSocket server;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private volatile Socket socket;
    private volatile OutputStream out;
    private final Thread acceptor;

    public SocketModeStandIn() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "socket-mode-stand-in");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/link";
    }

    private void serve() {
        try {
            socket = server.accept();
            InputStream in = socket.getInputStream();
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) key = line.substring(line.indexOf(':') + 1).trim();
            }
            String accept = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            out = socket.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"test\"},\"connection_info\":{\"app_id\":\"A1\"}}");
            DataInputStream data = new DataInputStream(in);
            while (true) {
                int b0 = data.readUnsignedByte();
                int b1 = data.readUnsignedByte();
                long len = b1 & 0x7f;
                if (len == 126) len = data.readUnsignedShort();
                else if (len == 127) len = data.readLong();
                byte[] mask = new byte[4];
                if ((b1 & 0x80) != 0) data.readFully(mask);
                byte[] payload = new byte[(int) len];
                data.readFully(payload);
                for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
                int opcode = b0 & 0x0f;
                if (opcode == 0x8) return;
                if (opcode == 0x9) frame(0xA, payload);
                if (opcode == 0x1) received.add(new String(payload, StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            // the connection ended; the test sees it by what it did not receive
        }
    }

    public void send(String text) throws IOException {
        frame(0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized void frame(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write(0x80 | opcode);
        if (payload.length < 126) {
            f.write(payload.length);
        } else if (payload.length < 65536) {
            f.write(126);
            f.write(payload.length >>> 8);
            f.write(payload.length & 0xff);
        } else {
            f.write(127);
            for (int i = 7; i >= 0; i--) f.write((int) ((long) payload.length >>> (8 * i)) & 0xff);
        }
        f.write(payload);
        out.write(f.toByteArray());
        out.flush();
    }

    /** The next text the app sent, waiting a bounded time for it. */
    public String next() throws InterruptedException {
        String text = received.poll(10, TimeUnit.SECONDS);
        if (text == null) throw new AssertionError("the app sent nothing over the socket");
        return text;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) if (c != '\r') s.append((char) c);
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (socket != null) socket.close();
    }
}
