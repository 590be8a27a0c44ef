package velocity.dialect.mysql.internal;

/**
 * The catalog queries. Each reads one {@code information_schema} view for a whole schema in one round trip;
 * the views' own comparisons ignore case, so the readers also check the returned names exactly.
 *
 * <p>On MariaDB and MySQL 5.7 each such query opens every table of the schema, which is what costs: a
 * column that needs the storage engine (row counts, index collation, foreign keys) makes the server open the
 * table fully rather than read its definition only. Hence: no join between two views (MariaDB refills the
 * inner one per block of rows, seconds for a big schema), row estimates in {@link #TABLE_DEFINITIONS} taken
 * from the primary key's cardinality that {@link #INDEXES} reads anyway, and sorting left to Java where the
 * server would sort tens of thousands of rows. Only columns that MySQL 5.7+ and MariaDB 10.3+ share are
 * selected, except where a flavor is tested first.
 */
final class CatalogSql {

    static final String VERSION = "SELECT VERSION()";

    static final String CURRENT_DATABASE = "SELECT DATABASE()";

    static final String DATABASES = "SELECT SCHEMA_NAME, DATABASE() FROM information_schema.SCHEMATA"
            + " ORDER BY SCHEMA_NAME";

    private static final String TABLE_COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, ";
    private static final String TABLE_FROM = " FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?";

    /** The table list, with the engines' row estimates. */
    static final CatalogQuery TABLES = CatalogQuery.of(TABLE_COLUMNS + "TABLE_ROWS" + TABLE_FROM, "TABLE_NAME")
            .orderBy("TABLE_NAME");

    /** The table list from the table definitions alone, without opening the tables. */
    static final CatalogQuery TABLE_DEFINITIONS = CatalogQuery.of(
            TABLE_COLUMNS + "NULL AS TABLE_ROWS" + TABLE_FROM, "TABLE_NAME").orderBy("TABLE_NAME");

    static final CatalogQuery COLUMNS = CatalogQuery.of(
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE,"
                    + " DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, EXTRA,"
                    + " COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
            "TABLE_NAME");

    /** The columns of the foreign keys; the primary keys come from {@link #INDEXES}. */
    static final CatalogQuery FOREIGN_KEY_COLUMNS = CatalogQuery.of(
            "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION, COLUMN_NAME,"
                    + " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                    + " FROM information_schema.KEY_COLUMN_USAGE"
                    + " WHERE REFERENCED_TABLE_NAME IS NOT NULL AND TABLE_SCHEMA = ?",
            "TABLE_NAME");

    static final CatalogQuery FOREIGN_KEY_RULES = CatalogQuery.of(
            "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                    + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?",
            "TABLE_NAME");

    private static final String INDEX_COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE,"
            + " SEQ_IN_INDEX, COLUMN_NAME, COLLATION, CARDINALITY";
    private static final String INDEX_FROM = " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?";

    static final CatalogQuery INDEXES = CatalogQuery.of(INDEX_COLUMNS + ", NULL AS EXPRESSION" + INDEX_FROM,
            "TABLE_NAME");

    /** MySQL 8.0.13+: a functional index part has no column name but an expression. */
    static final CatalogQuery INDEXES_WITH_EXPRESSIONS = CatalogQuery.of(
            INDEX_COLUMNS + ", EXPRESSION" + INDEX_FROM, "TABLE_NAME");

    /** Stored functions and procedures; MariaDB's Oracle-mode packages are not routines one calls. */
    static final String ROUTINES = "SELECT ROUTINE_SCHEMA, SPECIFIC_NAME, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER,"
            + " ROUTINE_BODY, ROUTINE_COMMENT FROM information_schema.ROUTINES"
            + " WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')";

    /** The routines' parameters; position 0 is a function's return value, which {@link #ROUTINES} has. */
    static final String PARAMETERS = "SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION,"
            + " PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER FROM information_schema.PARAMETERS"
            + " WHERE SPECIFIC_SCHEMA = ? AND ORDINAL_POSITION > 0";

    private CatalogSql() {
    }
}
