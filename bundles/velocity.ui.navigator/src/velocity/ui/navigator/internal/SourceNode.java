package velocity.ui.navigator.internal;

import velocity.core.ActiveConnection;
import velocity.core.operations.VelocityOperation;

/** A node whose SQL text can be shown read-only: a view's definition, a routine's source. */
public interface SourceNode {

    /** The title of the text, e.g. "View public.big_orders". */
    String sourceTitle();

    /** Reads the text on an open connection; the operation gives {@code null} when the database has none. */
    VelocityOperation<String> readSource(ActiveConnection connection);
}
