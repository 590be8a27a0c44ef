package velocity.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Writer} for exporters: it collects text in a plain {@link StringBuilder} and encodes it to the
 * stream in UTF-8 in chunks of about 64 KB. Unlike a {@code BufferedWriter} it takes no lock per call,
 * which matters when a format library appends a file of hundreds of megabytes a character at a time.
 * Not thread-safe; {@link #flush()} writes what is collected and flushes the stream; closing it does not
 * close the stream.
 */
public final class TextSink extends Writer {

    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);

    public TextSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        text.append(buffer, offset, length);
        spill();
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        text.append(s, offset, offset + length);
        spill();
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        text.append(csq);
        spill();
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        // A whole string is copied in one block; StringBuilder copies a range of one character by character.
        if (start == 0 && csq instanceof String s && end == s.length()) {
            text.append(s);
        } else {
            text.append(csq, start, end);
        }
        spill();
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    /** Ends a record: writes the collected text once it has reached a chunk. */
    public void endRecord() throws IOException {
        spill();
    }

    private void spill() throws IOException {
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() throws IOException {
        // Never splits a surrogate pair: chunks end at a record or after a whole appended string.
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
