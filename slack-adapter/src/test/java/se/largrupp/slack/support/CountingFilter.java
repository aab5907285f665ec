package se.largrupp.slack.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the body bytes the servlet behind it reads: in all, and the most any one request read. */
public final class CountingFilter implements Filter {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong most = new AtomicLong();

    public long total() {
        return total.get();
    }

    public long mostByOneRequest() {
        return most.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        AtomicLong mine = new AtomicLong();
        try {
            chain.doFilter(new Counted((HttpServletRequest) request, mine), response);
        } finally {
            most.accumulateAndGet(mine.get(), Math::max);
        }
    }

    private final class Counted extends HttpServletRequestWrapper {
        private final AtomicLong mine;

        Counted(HttpServletRequest request, AtomicLong mine) {
            super(request);
            this.mine = mine;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) count(1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) count(n);
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        private void count(int n) {
            mine.addAndGet(n);
            total.addAndGet(n);
        }
    }
}
