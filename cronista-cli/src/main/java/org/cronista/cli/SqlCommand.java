package org.cronista.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cronista sql}: a read-only query on the event database. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run a read-only SQL query (DuckDB's dialect) on the event database.",
                "Tables: articles, mentions, events (GDELT 2.0 columns and Cronista's), cronista_meta."})
final class SqlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "The query, e.g. \"SELECT EventRootCode, count(*) FROM events GROUP BY 1\".")
    String query;

    @Mixin
    StoreOptions store;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (EventStore db = EventStore.openReadOnly(store.db); Statement s = db.connection().createStatement()) {
            if (!s.execute(query)) {
                err.println("cronista: the statement returned no rows");
                return 0;
            }
            try (ResultSet rs = s.getResultSet()) {
                new ResultPrinter(format, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))
                        .print(rs);
            }
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(err, e);
        } catch (SQLException e) {
            err.println("cronista: " + StoreOptions.firstLine(e));
            return 2;
        }
    }
}
