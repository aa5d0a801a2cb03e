package org.cronista.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks raw bytes before they become an article's text: not empty, not binary, not over the size
 * limit, valid UTF-8 (a byte-order mark is dropped). Thread-safe.
 */
public final class TextDecoder {
    /** Largest document accepted, in bytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Share of control characters above which bytes count as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** The outcome: a text or the reason there is none. */
    public sealed interface Result permits Text, Refused {
    }

    /** Decoded text. */
    public record Text(String text) implements Result {
    }

    /** Refused, with a reason. */
    public record Refused(String reason) implements Result {
    }

    /** Decodes {@code bytes} as UTF-8 after the checks. */
    public static Result decode(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /** Decodes {@code bytes} in {@code charset} (as declared by a web page or server) after the checks. */
    public static Result decode(byte[] bytes, Charset charset) {
        if (bytes.length > MAX_BYTES) {
            return new Refused("larger than " + (MAX_BYTES / (1024 * 1024)) + " MB (" + bytes.length + " bytes)");
        }
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return new Refused("binary data (NUL bytes)");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (bytes.length > 0 && control > MAX_CONTROL_SHARE * bytes.length + 2) {
            return new Refused("binary data (control characters)");
        }
        String text;
        try {
            CharBuffer cb = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            text = cb.toString();
        } catch (CharacterCodingException e) {
            return new Refused("not valid " + charset.name());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Refused("empty");
        }
        return new Text(text);
    }

    /** Checks text already decoded (e.g. a JSON field): not blank, not over the size limit. */
    public static Result check(String text) {
        if (text == null || text.isBlank()) {
            return new Refused("empty text");
        }
        if (text.length() > MAX_BYTES) {
            return new Refused("larger than " + (MAX_BYTES / (1024 * 1024)) + " MB");
        }
        return new Text(text);
    }
}
