package velocity.core.internal.sample;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small PNG images for the sample's BLOB column, written by hand: a real image lets a viewer show a preview
 * where arbitrary bytes would only be hex, and the image libraries of the JDK belong to the desktop module
 * that a headless core should not need.
 */
final class SamplePng {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final int COLOR_TYPE_RGB = 2;

    private SamplePng() {
    }

    /** A square image of {@code size} pixels, shading diagonally from one RGB colour to another. */
    static byte[] gradient(int size, int from, int to) {
        byte[] raw = new byte[size * (1 + 3 * size)];
        int i = 0;
        for (int y = 0; y < size; y++) {
            raw[i++] = 0; // each row starts with its filter type: none, as deflate does well enough here
            for (int x = 0; x < size; x++) {
                double t = (x + y) / (2.0 * (size - 1));
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int a = (from >> shift) & 0xff;
                    int b = (to >> shift) & 0xff;
                    raw[i++] = (byte) Math.round(a + (b - a) * t);
                }
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + raw.length / 4);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(size);
            h.writeInt(size);
            h.write(new byte[] { 8, COLOR_TYPE_RGB, 0, 0, 0 });
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", deflate(raw));
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
