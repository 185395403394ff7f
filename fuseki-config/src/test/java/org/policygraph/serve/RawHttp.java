package org.policygraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 spoken over a plain socket from a chosen loopback address (127.0.0.2, 127.0.1.7…), so
 * a test can be many clients at once, and a slow one: Java 17's HttpClient cannot choose its
 * source address nor stop in the middle of a request.
 */
final class RawHttp {
    /** The status line's code, the headers and the body of an answer. */
    record Answer(int status, String head, String body, Duration took) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return null;
        }
    }

    private RawHttp() {}

    /** A loopback address of its own for client number n (127.0.1.n, n up to 254). */
    static String client(int n) {
        return "127.0.1." + n;
    }

    static String queryRequest(String path, String query) {
        return get(path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json", null);
    }

    static String get(String pathAndQuery, String accept, String authorization) {
        return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Connection: close\r\n\r\n";
    }

    /** Sends the request whole from {@code from} and reads the answer to its end. */
    static Answer send(String from, int port, String request, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = open(from, port, timeout)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), start);
        } catch (IOException e) {
            throw new UncheckedIOException("from " + from + ": " + e, e);
        }
    }

    /** A connection from {@code from} to the server on {@code port}, with a read timeout. */
    static Socket open(String from, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    /** Reads an answer sent with {@code Connection: close} (or with a Content-Length). */
    static Answer read(InputStream in, long startNanos) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        long length = -1;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            bytes.write(buffer, 0, n);
            String sofar = bytes.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = sofar.indexOf("\r\n\r\n")) >= 0) {
                Answer partial = new Answer(0, sofar.substring(0, headEnd), "", Duration.ZERO);
                String cl = partial.header("Content-Length");
                if (cl != null) length = Long.parseLong(cl);
            }
            if (headEnd >= 0 && length >= 0 && bytes.size() >= headEnd + 4 + length) break;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        byte[] all = bytes.toByteArray();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        if (headEnd < 0) throw new IOException("no HTTP answer: " + text);
        String head = text.substring(0, headEnd);
        String body = new String(all, headEnd + 4, all.length - headEnd - 4, StandardCharsets.UTF_8);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Answer(status, head, body, took);
    }
}
