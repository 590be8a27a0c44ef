package velocity.ui.navigator;

import java.util.Locale;

/** The kinds of navigator node a contributed folder can go under. */
public enum ParentKind {
    /** A saved connection, beside its databases. */
    CONNECTION,
    /** A database that lists schemas (PostgreSQL). */
    DATABASE,
    /** A schema (PostgreSQL), a MySQL database or an SQLite database such as {@code main}. */
    SCHEMA,
    /** A table or view, beside its columns and keys. */
    TABLE;

    /**
     * The kind an extension's {@code parent} attribute names, case-insensitively.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static ParentKind parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
