package vn.cdtt.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import vn.cdtt.common.StatementCounter;

/**
 * Benchmark mode only (config {@code cdtt.benchmark}): answers every page with the number of SQL statements it
 * caused in the header {@code X-SQL-Statements}. The page is held back until it is complete, because the header
 * must go before the body; outside benchmark mode the filter passes requests straight through.
 */
@WebFilter("*.xhtml")
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-SQL-Statements";

    private boolean enabled;

    @Override
    public void init() {
        enabled = StatementCounter.enabled();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        if (!response.isCommitted()) {
            response.setIntHeader(HEADER, StatementCounter.count());
            response.setContentLength(body.length);
        }
        if (body.length > 0) {
            // an empty body (a redirect) is not written: the container may have answered through its own writer
            response.getOutputStream().write(body);
        }
    }

    /** Keeps the page in memory until the filter has set the header. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set by the filter once the page is complete
        }

        @Override
        public void setContentLengthLong(long len) {
            // set by the filter once the page is complete
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
