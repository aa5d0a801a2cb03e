package org.cronista.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding it, so that one line
 * with bad bytes spoils only itself, and keeps at most {@code max} bytes of a line (a longer one is
 * read through and reported by its length). Not thread-safe.
 */
final class LineSplitter {
    /** One line: its first {@code length} bytes are in {@code bytes} unless it was longer than the limit. */
    record Line(byte[] bytes, int length, long fullLength) {
        boolean oversized() {
            return fullLength > length;
        }
    }

    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];

    LineSplitter(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int len = 0;
        long full = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(len, full) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            full += n;
            if (len < max) {
                int keep = (int) Math.min(n, max - len);
                if (len + keep > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(max, Math.max(line.length * 2L, len + keep)));
                }
                System.arraycopy(buf, start, line, len, keep);
                len += keep;
            }
            if (pos < limit) {
                pos++;
                return finish(len, full);
            }
        }
    }

    private Line finish(int len, long full) {
        if (len > 0 && full == len && line[len - 1] == '\r') {
            len--;
            full--;
        }
        return new Line(Arrays.copyOf(line, len), len, full);
    }
}
