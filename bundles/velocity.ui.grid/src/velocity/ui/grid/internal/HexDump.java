package velocity.ui.grid.internal;

/** A classic hex dump: offset, sixteen bytes in hex, the same bytes as ASCII. */
public final class HexDump {

    /** Beyond this many bytes the dump stops: a text widget with megabytes of lines is unusable anyway. */
    public static final int MAX_BYTES = 256 * 1024;

    private HexDump() {
    }

    public static String of(byte[] bytes) {
        int length = Math.min(bytes.length, MAX_BYTES);
        StringBuilder out = new StringBuilder(length / 16 * 78 + 80);
        for (int offset = 0; offset < length; offset += 16) {
            out.append(String.format("%08X  ", offset));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (offset + i < length) {
                    int b = bytes[offset + i] & 0xFF;
                    out.append(String.format("%02X ", b));
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(' ').append(ascii).append('\n');
        }
        if (length < bytes.length) {
            out.append("… (the first ").append(CellFormat.size(length, "byte")).append(" of ")
                    .append(CellFormat.size(bytes.length, "byte")).append(")\n");
        }
        return out.toString();
    }
}
