package velocity.ui.search.internal;

import org.eclipse.ui.IStartup;

/** Starts following the connections as soon as the workbench is up. */
public final class SearchStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IndexMaintainer.instance().start();
    }
}
