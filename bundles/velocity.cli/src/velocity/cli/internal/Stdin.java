package velocity.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * Reads standard input, which can carry a password on its first line and SQL after it. The first line is read
 * byte by byte, never through a buffer, so that whatever follows it is left in the stream for the next reader.
 */
final class Stdin {

    private Stdin() {
    }

    /** The first line without its line end, or {@code null} when the input is empty. */
    static String firstLine(InputStream in) throws VelocityException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw failure(e);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Everything left in the input. */
    static String rest(InputStream in) throws VelocityException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static VelocityException failure(IOException e) {
        return new VelocityException(ErrorKind.IO, "Standard input cannot be read: " + e.getMessage(), e);
    }
}
