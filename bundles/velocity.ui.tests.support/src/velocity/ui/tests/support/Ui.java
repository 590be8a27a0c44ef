package velocity.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import velocity.ui.VelocityUi;

/**
 * Drives the real workbench from a test thread: everything that touches a widget runs on the UI thread
 * through {@link #sync}, waiting is polling a condition with a deadline, and widgets are found by the name
 * the production code gives them ({@link VelocityUi#name}).
 */
public final class Ui {

    /** How long a condition may take by default; generous for a loaded two-core machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Ui() {
    }

    public static Display display() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        MasterPasswords.install(display);
        return display;
    }

    /** Runs on the UI thread and returns the value; exceptions are rethrown in the test thread. */
    public static <T> T sync(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** Runs on the UI thread. */
    public static void run(Runnable work) {
        sync(() -> {
            work.run();
            return null;
        });
    }

    /** Polls the condition on the UI thread until it holds; fails with {@code what} after the timeout. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sync(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            pause();
        }
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT, condition);
    }

    /** Polls a value on the UI thread until it is non-null, and returns it. */
    public static <T> T waitFor(String what, Supplier<T> value) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil(what, () -> {
            found.set(value.get());
            return found.get() != null;
        });
        return found.get();
    }

    /** Waits until no job is running or waiting (sleeping jobs do not count). */
    public static void waitForJobs() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Job.getJobManager().isIdle()) {
            if (System.nanoTime() > deadline) {
                fail("Jobs still running after " + TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    /** Every widget named {@code id} under the shells of the display, in tree order; UI thread only. */
    public static List<Widget> findAll(String id) {
        List<Widget> found = new ArrayList<>();
        for (Shell shell : display().getShells()) {
            collect(shell, w -> id.equals(w.getData(VelocityUi.WIDGET_ID)), found);
        }
        return found;
    }

    /** The first visible widget named {@code id} of that type, or {@code null}; UI thread only. */
    public static <W extends Widget> W find(Class<W> type, String id) {
        for (Widget w : findAll(id)) {
            if (type.isInstance(w) && (!(w instanceof Control c) || c.isVisible())) {
                return type.cast(w);
            }
        }
        return null;
    }

    /** Waits for a visible widget named {@code id} and returns it. */
    public static <W extends Widget> W waitFor(Class<W> type, String id) {
        return waitFor("a " + type.getSimpleName() + " named '" + id + "'", () -> find(type, id));
    }

    private static void collect(Control control, Predicate<Widget> match, List<Widget> found) {
        if (match.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, match, found);
            }
        }
    }

    /** Clicks a button or menu-like widget the way a user does: a Selection event. UI thread only. */
    public static void click(Widget widget) {
        if (widget instanceof Button b && (b.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            b.setSelection(!b.getSelection());
        }
        Event event = new Event();
        event.widget = widget;
        widget.notifyListeners(SWT.Selection, event);
    }

    /**
     * A real key press and release, posted to the display's queue as the keyboard's are, so that key bindings
     * see it; the focus decides where it goes. UI thread only.
     */
    public static void pressKey(char character, int keyCode) {
        postKey(SWT.KeyDown, keyCode, character);
        postKey(SWT.KeyUp, keyCode, character);
    }

    /** Ctrl+{@code letter} (lower case), posted as {@link #pressKey} posts a key. UI thread only. */
    public static void pressCtrl(char letter) {
        postKey(SWT.KeyDown, SWT.CTRL, '\0');
        pressKey(letter, letter);
        postKey(SWT.KeyUp, SWT.CTRL, '\0');
    }

    private static void postKey(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        display().post(event);
    }

    /** The workbench's active page; UI thread only. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The active shell, e.g. an open dialog's; UI thread only. */
    public static Shell activeShell() {
        return display().getActiveShell();
    }

    /**
     * Saves a picture of the whole screen (the workbench and any dialog above it) as
     * {@code target/screenshots/<name>.png} and returns its path.
     */
    public static Path screenshot(String name) {
        Path folder = Paths.get("target", "screenshots").toAbsolutePath();
        Path file = folder.resolve(name + ".png");
        repaint();
        run(() -> {
            Display display = display();
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                Files.createDirectories(folder);
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot write " + file, e);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    /**
     * Lays out and paints every visible shell now: GTK paints lazily, and a screenshot taken without this can
     * show the frame before the last change.
     */
    private static void repaint() {
        settle();
        run(() -> {
            for (Shell shell : display().getShells()) {
                if (shell.isVisible()) {
                    shell.layout(true, true);
                    Rectangle area = shell.getClientArea();
                    shell.redraw(area.x, area.y, area.width, area.height, true);
                    shell.update();
                }
            }
        });
        settle();
    }

    /** Lets the UI thread paint and handle pending events before a screenshot. */
    public static void settle() {
        run(() -> {
            Display display = display();
            while (display.readAndDispatch()) {
                // drain pending events and paints
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
