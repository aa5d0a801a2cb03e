package org.cronista.store.ingest;

/**
 * A set of article ids ({@link org.cronista.store.ArticleId}: 128 bits as 32 hex digits), kept as
 * pairs of longs in an open-addressing table at most half full: 17 to 34 bytes an id, so that a
 * store of millions of articles is recognised within a small heap. Thread-safe.
 */
final class IdSet {
    private long[] hi = new long[1 << 12];
    private long[] lo = new long[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;

    /** Adds {@code id}; false when it was there already. */
    synchronized boolean add(String id) {
        long h = Long.parseUnsignedLong(id, 0, 16, 16);
        long l = Long.parseUnsignedLong(id, 16, 32, 16);
        if (find(h, l) >= 0) {
            return false;
        }
        if (2 * (size + 1) > used.length) {
            grow();
        }
        insert(h, l);
        size++;
        return true;
    }

    /** Removes {@code id} if present (linear probing with backward shift). */
    synchronized void remove(String id) {
        int i = find(Long.parseUnsignedLong(id, 0, 16, 16), Long.parseUnsignedLong(id, 16, 32, 16));
        if (i < 0) {
            return;
        }
        int mask = used.length - 1;
        int gap = i;
        int j = (i + 1) & mask;
        while (used[j]) {
            int home = slot(hi[j], lo[j]);
            // Move j into the gap unless its home lies cyclically within (gap, j].
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                hi[gap] = hi[j];
                lo[gap] = lo[j];
                gap = j;
            }
            j = (j + 1) & mask;
        }
        used[gap] = false;
        size--;
    }

    /** How many ids it holds. */
    synchronized int size() {
        return size;
    }

    private int find(long h, long l) {
        int mask = used.length - 1;
        for (int i = slot(h, l); used[i]; i = (i + 1) & mask) {
            if (hi[i] == h && lo[i] == l) {
                return i;
            }
        }
        return -1;
    }

    private void insert(long h, long l) {
        int mask = used.length - 1;
        int i = slot(h, l);
        while (used[i]) {
            i = (i + 1) & mask;
        }
        hi[i] = h;
        lo[i] = l;
        used[i] = true;
    }

    private int slot(long h, long l) {
        long x = h ^ (l * 0x9E3779B97F4A7C15L);
        return (int) (x ^ (x >>> 32)) & (used.length - 1);
    }

    private void grow() {
        long[] oh = hi;
        long[] ol = lo;
        boolean[] ou = used;
        hi = new long[oh.length * 2];
        lo = new long[ol.length * 2];
        used = new boolean[ou.length * 2];
        for (int i = 0; i < ou.length; i++) {
            if (ou[i]) {
                insert(oh[i], ol[i]);
            }
        }
    }
}
