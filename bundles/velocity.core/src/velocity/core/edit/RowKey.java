package velocity.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The values that identify one row, in the order of its table's {@link RowIdentity#columns()}. Two keys are
 * equal when their values are; binary values compare by content.
 *
 * @param values the key values
 */
public record RowKey(List<Object> values) {

    public RowKey {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A key of the given values. */
    public static RowKey of(Object... values) {
        return new RowKey(Arrays.asList(values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowKey k && Arrays.deepEquals(values.toArray(), k.values.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values.toArray());
    }
}
