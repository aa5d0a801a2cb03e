package org.cronista.knowledge;

/**
 * A problem in a knowledge file.
 *
 * @param file    file name relative to the data root (e.g. {@code it/actors.tsv})
 * @param line    1-based line number, 0 for the whole file
 * @param message what is wrong
 */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
