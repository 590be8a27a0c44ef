package velocity.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityHome;

/**
 * The headless application {@code velocity.cli.app}: runs one command of the {@link CommandLine} and returns
 * its exit code. Ctrl+C cancels the command's monitor, which cancels a running statement on the server, and
 * waits a moment for the command to wind down so that the server is not left running it.
 */
public final class CliApplication implements IApplication {

    /** How long the process waits, after Ctrl+C, for the command to stop before it exits anyway. */
    private static final long STOP_WAIT_SECONDS = 5;

    private static final String HIKARI_LOG_LEVEL = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

    private final Monitor monitor = Monitor.create();
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        quietPoolLogging();
        Thread interrupt = new Thread(this::cancelAndWait, "Velocity interrupt");
        Runtime.getRuntime().addShutdownHook(interrupt);
        try (Velocity velocity = Velocity.open(VelocityHome.fromEnvironment())) {
            return new CommandLine().run(args == null ? new String[0] : args, System.in, System.out, System.err,
                    velocity, monitor);
        } catch (RuntimeException e) {
            // The launcher turns an escaping exception into exit code 13 and a log file; the user gets one line.
            new ErrorReport(System.err, ErrorReport.debugRequested()).unexpected("Velocity", e);
            return CommandLine.FAILURE;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException e) {
                // The JVM is shutting down already (Ctrl+C): the hook runs and finds the command finished.
            }
        }
    }

    @Override
    public void stop() {
        monitor.cancel();
    }

    private void cancelAndWait() {
        monitor.cancel();
        try {
            finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The pool logs a failed connection with a stack trace, and the command line reports it in one line
     * already; the pool's log stays off unless asked for.
     */
    private static void quietPoolLogging() {
        if (System.getProperty(HIKARI_LOG_LEVEL) == null) {
            System.setProperty(HIKARI_LOG_LEVEL, ErrorReport.debugRequested() ? "debug" : "off");
        }
    }
}
