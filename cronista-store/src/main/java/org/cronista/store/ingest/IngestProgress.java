package org.cronista.store.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of a running ingest, updated by its threads and read by whoever shows progress.
 * Thread-safe.
 */
public final class IngestProgress {
    final AtomicLong bytesTotal = new AtomicLong();
    final AtomicLong bytesRead = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong present = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong newEvents = new AtomicLong();
    final AtomicLong mentions = new AtomicLong();

    /** Total size of the input files, in bytes. */
    public long bytesTotal() {
        return bytesTotal.get();
    }

    /** Bytes of input read so far. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Records read so far (articles and skipped records). */
    public long read() {
        return read.get();
    }

    /** Articles stored so far. */
    public long stored() {
        return stored.get();
    }

    /** Articles found stored already. */
    public long present() {
        return present.get();
    }

    /** Records skipped so far. */
    public long skipped() {
        return skipped.get();
    }

    /** Articles done: stored, found present or skipped. */
    public long done() {
        return stored.get() + present.get() + skipped.get();
    }

    /** Events created so far. */
    public long newEvents() {
        return newEvents.get();
    }

    /** Mentions stored so far. */
    public long mentions() {
        return mentions.get();
    }
}
