package velocity.core.tests;

import java.util.ArrayList;
import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.StatementResult;

/** Runs SQL through the core and reads whole results, for tests that check what a database holds. */
final class Queries {

    private Queries() {
    }

    /** Every row of the statement's first result. */
    static List<Object[]> rows(ActiveConnection connection, String sql) throws VelocityException {
        try (QueryExecution execution = new ExecuteQueryOperation(connection, QueryRequest.of(sql)).run(Monitor.create())) {
            StatementResult.Rows rows = (StatementResult.Rows) execution.nextResult();
            List<Object[]> all = new ArrayList<>();
            while (!rows.exhausted()) {
                all.addAll(rows.fetch(1_000).rows());
            }
            return all;
        }
    }

    /** The first column of the first row, as a number. */
    static long number(ActiveConnection connection, String sql) throws VelocityException {
        return ((Number) rows(connection, sql).get(0)[0]).longValue();
    }

    /** The first column of the first row, as text. */
    static String text(ActiveConnection connection, String sql) throws VelocityException {
        Object value = rows(connection, sql).get(0)[0];
        return value == null ? null : value.toString();
    }

    /** Runs a statement that returns no rows; returns how many rows it changed. */
    static long update(ActiveConnection connection, String sql) throws VelocityException {
        try (QueryExecution execution = new ExecuteQueryOperation(connection, QueryRequest.of(sql)).run(Monitor.create())) {
            return ((StatementResult.UpdateCount) execution.nextResult()).count();
        }
    }
}
