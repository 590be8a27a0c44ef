package velocity.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import velocity.core.AtomicFiles;
import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;

/**
 * The history file: one JSON object per line, oldest first. Each entry is appended with one write while
 * holding the file's lock, so processes appending at once never interleave. A line that cannot be read (a
 * write cut short by a crash) is skipped and reported; the next append starts on a fresh line. When the
 * file grows past its limit, its newest half is written to a new file that replaces it atomically.
 */
public final class HistoryLog {

    private static final int VERSION = 1;

    private final Path file;
    private final Path lockFile;
    private final long maxBytes;

    /**
     * @param file the history file
     * @param maxBytes the size past which the file is compacted to about half of it
     */
    public HistoryLog(Path file, long maxBytes) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
        this.maxBytes = maxBytes;
    }

    public Path file() {
        return file;
    }

    /** Appends an entry, then compacts the file when it has grown past its limit. */
    public void append(HistoryEntry entry) throws IOException {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        FileLocks.withLock(lockFile, () -> {
            long size;
            // Written at the end rather than in append mode, which cannot read the last byte; the lock keeps
            // the end where it was read.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long end = channel.size();
                ByteBuffer buffer = endsWithNewline(channel, end)
                        ? ByteBuffer.wrap(line)
                        : ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
                size = end;
            }
            if (size > maxBytes) {
                compact();
            }
            return null;
        });
    }

    /**
     * The newest entries that pass the filter, newest first.
     *
     * @param warnings receives a message for each line that could not be read
     */
    public List<HistoryEntry> read(HistoryFilter filter, Consumer<String> warnings) throws IOException {
        Deque<HistoryEntry> newest = new ArrayDeque<>(Math.min(filter.limit(), 1024));
        FileLocks.withLock(lockFile, () -> {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    HistoryEntry entry = parse(line);
                    if (entry == null) {
                        warnings.accept("Line " + number + " of the query history " + file
                                + " could not be read (cut short or edited by hand) and was skipped.");
                    } else if (filter.matches(entry)) {
                        newest.addLast(entry);
                        if (newest.size() > filter.limit()) {
                            newest.removeFirst();
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                // Nothing recorded yet.
            }
            return null;
        });
        List<HistoryEntry> result = new ArrayList<>(newest);
        java.util.Collections.reverse(result);
        return result;
    }

    /** Removes every entry. */
    public void clear() throws IOException {
        FileLocks.withLock(lockFile, () -> {
            Files.deleteIfExists(file);
            return null;
        });
    }

    /** Keeps the newest lines that fit in half the limit; called with the lock held. */
    private void compact() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long budget = maxBytes / 2;
        int first = lines.size();
        long kept = 0;
        while (first > 0) {
            long length = lines.get(first - 1).getBytes(StandardCharsets.UTF_8).length + 1L;
            if (kept + length > budget) {
                break;
            }
            kept += length;
            first--;
        }
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, kept));
        for (String line : lines.subList(first, lines.size())) {
            text.append(line).append('\n');
        }
        AtomicFiles.writeString(file, text.toString());
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    static String toJson(HistoryEntry entry) {
        JsonObject o = new JsonObject();
        o.addProperty("v", VERSION);
        o.addProperty("time", entry.time().toString());
        o.addProperty("connection", entry.connection());
        o.addProperty("ms", entry.durationMillis());
        o.addProperty("rows", entry.rows());
        if (entry.moreRows()) {
            o.addProperty("more", true);
        }
        if (entry.error() != null) {
            o.addProperty("error", entry.error());
        }
        o.addProperty("sql", entry.sql());
        return o.toString();
    }

    /** The entry of a line, or {@code null} when the line is not one. */
    static HistoryEntry parse(String line) {
        try {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            return new HistoryEntry(Instant.parse(o.get("time").getAsString()), o.get("connection").getAsString(),
                    o.get("ms").getAsLong(), o.get("rows").getAsLong(), bool(o.get("more")), string(o.get("error")),
                    o.get("sql").getAsString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean bool(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean();
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
