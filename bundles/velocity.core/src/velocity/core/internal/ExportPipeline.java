package velocity.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import velocity.core.export.RowWriter;

/**
 * Formats and writes an export's rows on a thread of its own while the caller reads the next pages from the
 * driver: decoding rows and formatting them each take about as long, so on two cores the export takes
 * little more than the read. At most {@link #DEPTH} pages wait between the two, so memory stays bounded.
 * The caller keeps the statement, its cancel and its progress; this thread only touches the writer.
 */
public final class ExportPipeline implements AutoCloseable {

    /** Pages waiting to be written: enough to ride out a pause of either side, few enough to stay small. */
    static final int DEPTH = 4;

    private static final List<Object[]> END = List.of();
    private static final long POLL_MILLIS = 100;

    private final RowWriter writer;
    private final BlockingQueue<List<Object[]>> pages = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    /** Starts the writing thread. */
    public ExportPipeline(RowWriter writer, String name) {
        this.writer = writer;
        this.thread = new Thread(this::write, "Velocity export: " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void write() {
        try {
            for (List<Object[]> page = pages.take(); page != END && !abandoned; page = pages.take()) {
                for (Object[] row : page) {
                    writer.write(row);
                }
            }
            if (!abandoned) {
                writer.finish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            pages.clear();
        }
    }

    /**
     * Hands a page to the writing thread, waiting while {@link #DEPTH} pages are queued.
     *
     * @throws IOException when writing an earlier page failed
     */
    public void put(List<Object[]> page) throws IOException {
        if (page.isEmpty()) {
            return;
        }
        try {
            while (!pages.offer(page, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the export");
        }
        rethrow();
    }

    /**
     * Waits until every page is written and the writer finished.
     *
     * @throws IOException when writing failed
     */
    public void finish() throws IOException {
        try {
            while (!pages.offer(END, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the export");
        }
        ended = true;
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        switch (t) {
            case null -> {
            }
            case IOException e -> throw new IOException(e.getMessage(), e);
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IOException(t);
        }
    }

    /**
     * Stops the writing thread when the export ended early (an error, a cancel) and waits for it, so that
     * nothing writes to the file once the caller deletes it.
     */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        abandoned = true;
        pages.clear();
        pages.offer(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
