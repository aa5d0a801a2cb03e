package org.cronista.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cronista.api.LanguageTag;

/** Helpers shared by the readers: lazy streams over record sources, and one-line error reasons. */
final class Reads {
    private Reads() {
    }

    /** Produces the next result, or null at the end of the input. */
    @FunctionalInterface
    interface Source {
        ReadResult next() throws IOException;
    }

    /**
     * A lazy stream over {@code source}; an I/O error ends it with one {@link Skip} for
     * {@code origin}. Closing the stream closes {@code resource}.
     */
    static Stream<ReadResult> stream(String origin, Source source, Closeable resource) {
        Iterator<ReadResult> it = new Iterator<>() {
            private ReadResult next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = source.next();
                    } catch (IOException | UncheckedIOException e) {
                        next = new Skip(origin, cannotRead(e));
                        done = true;
                        return true;
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReadResult r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> close(resource));
    }

    /** Reads at most {@link TextDecoder#MAX_BYTES} + 1 bytes, enough to tell an oversized input. */
    static byte[] readLimited(InputStream in) throws IOException {
        return in.readNBytes((int) TextDecoder.MAX_BYTES + 1);
    }

    /**
     * The language a record declares ({@code en}, {@code en-US}, {@code EN_gb}), or null when it
     * declares none or one that is not an ISO 639-1 code.
     */
    static LanguageTag declaredLanguage(String s) {
        if (s == null) {
            return null;
        }
        String primary = s.strip().split("[-_]", 2)[0];
        return primary.matches("[A-Za-z]{2}") ? LanguageTag.of(primary) : null;
    }

    /** "cannot read: …" with the shortest useful description of {@code e}. */
    static String cannotRead(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + message(t);
    }

    /** The first line of a throwable's message, or its class name. */
    static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
