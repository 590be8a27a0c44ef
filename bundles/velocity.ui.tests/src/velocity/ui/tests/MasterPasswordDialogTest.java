package velocity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ErrorKind;
import velocity.core.KeychainStatus;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.ui.internal.DialogMasterPassword;
import velocity.ui.tests.support.MasterPasswords;
import velocity.ui.tests.support.Ui;

/**
 * The workbench's master password dialog, where no OS keyring keeps the key: created once with a confirmation,
 * a wrong one refused with a message and nothing lost, Cancel neither saving nor reading. Runs on a home of its
 * own with the master password chosen, whatever keyring the machine has.
 */
class MasterPasswordDialogTest {

    private static final String PASSWORD = "masterPassword.password";
    private static final String CONFIRM = "masterPassword.confirm";

    @TempDir
    Path dir;

    @BeforeEach
    void takeOver() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        MasterPasswords.answering(false);
    }

    @AfterEach
    void handBack() {
        MasterPasswords.answering(true);
    }

    private Velocity open() {
        return Velocity.open(new VelocityHome(dir), KeychainStatus.Storage.MASTER_PASSWORD, new DialogMasterPassword());
    }

    private static void type(String id, String text) {
        Ui.run(() -> Ui.find(Text.class, id).setText(text));
    }

    private static Button ok(Shell shell) {
        return Ui.sync(shell::getDefaultButton);
    }

    private static String message(Shell shell) {
        return Ui.sync(() -> ((TitleAreaDialog) shell.getData()).getErrorMessage());
    }

    @Test
    void createsChecksAndCancels() throws Exception {
        try (Velocity v = open()) {
            CompletableFuture<Void> save = CompletableFuture.runAsync(() -> {
                try {
                    v.secrets().put("Sales", "db-pw-1".toCharArray());
                } catch (VelocityException e) {
                    throw new IllegalStateException(e);
                }
            });
            Text confirm = Ui.waitFor(Text.class, CONFIRM);
            Shell dialog = Ui.sync(confirm::getShell);
            assertEquals("Create Master Password", Ui.sync(dialog::getText));
            type(PASSWORD, "first-Pa55");
            type(CONFIRM, "other");
            assertFalse(Ui.sync(() -> ok(dialog).isEnabled()), "OK waits until both agree");
            assertEquals("The two passwords differ.", message(dialog));
            Ui.screenshot("master-password-create");
            type(CONFIRM, "first-Pa55");
            assertTrue(Ui.sync(() -> ok(dialog).isEnabled()));
            Ui.run(() -> Ui.click(ok(dialog)));
            save.get(30, TimeUnit.SECONDS);
            v.secrets().put("Other", "db-pw-2".toCharArray());
            assertTrue(Ui.sync(() -> Ui.find(Text.class, PASSWORD) == null), "asked once per session");
        }
        try (Velocity v = open()) {
            CompletableFuture<char[]> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return v.secrets().get("Sales");
                } catch (VelocityException e) {
                    throw new IllegalStateException(e);
                }
            });
            Text password = Ui.waitFor(Text.class, PASSWORD);
            Shell first = Ui.sync(password::getShell);
            assertNull(Ui.sync(() -> Ui.find(Text.class, CONFIRM)), "no confirmation once it exists");
            type(PASSWORD, "wrong");
            Ui.run(() -> Ui.click(ok(first)));
            Ui.waitUntil("the dialog asking again", () -> first.isDisposed() && Ui.find(Text.class, PASSWORD) != null);
            Shell again = Ui.sync(() -> Ui.find(Text.class, PASSWORD).getShell());
            assertTrue(message(again).startsWith("The master password is wrong."), message(again));
            Ui.settle();
            Ui.screenshot("master-password-wrong");
            Ui.run(again::close);
            ExecutionException cancelled = assertThrows(ExecutionException.class,
                    () -> read.get(30, TimeUnit.SECONDS));
            VelocityException cause = (VelocityException) cancelled.getCause().getCause();
            assertEquals(ErrorKind.CANCELLED, cause.kind());
            assertFalse(cause.getMessage().contains("wrong"), cause.getMessage());

            CompletableFuture<char[]> retry = CompletableFuture.supplyAsync(() -> {
                try {
                    return v.secrets().get("Sales");
                } catch (VelocityException e) {
                    throw new IllegalStateException(e);
                }
            });
            Text asked = Ui.waitFor(Text.class, PASSWORD);
            type(PASSWORD, "first-Pa55");
            Ui.run(() -> Ui.click(ok(asked.getShell())));
            assertArrayEquals("db-pw-1".toCharArray(), retry.get(30, TimeUnit.SECONDS), "nothing was lost");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> home = Files.walk(dir)) {
            home.filter(Files::isRegularFile).forEach(files::add);
        }
        Path log = Platform.getLogFileLocation().toFile().toPath();
        if (Files.exists(log)) {
            files.add(log);
        }
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains("db-pw-1") || content.contains("first-Pa55"), "a secret in clear in " + f);
        }
    }
}
