package org.policygraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Every error the servlets write (status 400 and above) goes out as one line of UTF-8 text with
 * its true length. Fuseki sets the length of an error message in characters, not bytes, so a
 * message with Chinese in it (a Lucene syntax error quoting {@code 集成电路(((}) ended as a broken
 * 500; and parser messages run over many lines. Successful responses pass through untouched.
 * An error over a body {@link SlowBodyHandler} cut off (a parser's 400, a 500) becomes 408 saying so.
 */
final class ErrorBodyFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        ErrorCapture capture = new ErrorCapture((HttpServletResponse) response);
        chain.doFilter(request, capture);
        capture.finish(request.getAttribute(SlowBodyHandler.CUT_OFF));
    }

    /** Holds back the body of an error response to write it again as one line. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private ByteArrayOutputStream buffer;
        private ServletOutputStream bufferStream;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        private boolean isError() {
            return getStatus() >= 400;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (bufferStream != null) return bufferStream;
            if (!isError()) return super.getOutputStream();
            buffer = new ByteArrayOutputStream();
            bufferStream = new BufferStream(buffer);
            return bufferStream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer != null) return writer;
            if (!isError() && bufferStream == null) return super.getWriter();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            if (!isError()) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!isError()) super.setContentLengthLong(len);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(isError() && "Content-Length".equalsIgnoreCase(name))) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(isError() && "Content-Length".equalsIgnoreCase(name))) super.addHeader(name, value);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (buffer == null) super.flushBuffer();
        }

        /** Writes the held-back error as one line; any error over a body cut off for arriving too slowly is that: 408. */
        void finish(Object cutOff) throws IOException {
            if (buffer == null) return;
            if (writer != null) writer.flush();
            HttpServletResponse real = (HttpServletResponse) getResponse();
            // a parser's 400 or a 500 over a truncated body are the cut's consequence, and as such the client's doing
            boolean slowClient = cutOff != null;
            String reason = slowClient ? "the request did not arrive whole: " + cutOff : OneLineReason.of(buffer.toString(StandardCharsets.UTF_8));
            byte[] line = (reason + "\n").getBytes(StandardCharsets.UTF_8);
            if (real.isCommitted()) return;
            if (slowClient) real.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
            real.resetBuffer();
            real.setContentType("text/plain;charset=utf-8");
            real.setContentLength(line.length);
            ServletOutputStream out = real.getOutputStream();
            out.write(line);
            out.flush();
        }
    }

    /** A servlet stream into memory; {@code print(String)} in UTF-8, where the base class refuses what is not Latin-1. */
    private static final class BufferStream extends ServletOutputStream {
        private final ByteArrayOutputStream buffer;

        BufferStream(ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public void print(String s) {
            byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error bodies are written blocking");
        }
    }
}
