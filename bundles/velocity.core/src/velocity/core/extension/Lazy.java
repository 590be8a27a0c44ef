package velocity.core.extension;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value created on first use, at most once when its factory succeeds; a factory that fails is tried again
 * on the next call, so a contribution fixed meanwhile is not kept broken.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> {

    private final Supplier<T> factory;
    private volatile T value;

    /** @param factory creates the value; called until it returns one */
    public Lazy(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The value, created by the factory on the first call; what the factory throws goes to the caller. */
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
