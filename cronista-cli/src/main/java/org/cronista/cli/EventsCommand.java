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
import org.cronista.store.query.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cronista events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the events in the event database, by day, with their GDELT counts.")
final class EventsCommand implements Callable<Integer> {
    /** The columns listed, in order. */
    static final String COLUMNS = "GlobalEventID AS id, CAST(strptime(CAST(Day AS VARCHAR), '%Y%m%d') AS DATE) AS day, "
            + "Actor1Code AS source, Actor2Code AS target, EventCode AS cameo, Plover AS plover, "
            + "GoldsteinScale AS goldstein, ActionGeo_FullName AS place, NumMentions AS mentions, "
            + "NumSources AS sources, NumArticles AS articles, SOURCEURL AS url";

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    ResultPrinter.Format format;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        EventFilter filter = filters.filterOrNull(err);
        if (filter == null) {
            return 2;
        }
        try (EventStore db = EventStore.openReadOnly(store.db);
             Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery(filter.select(COLUMNS))) {
            new ResultPrinter(format, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))
                    .print(rs);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(err, e);
        } catch (SQLException e) {
            return StoreOptions.fail(err, new StoreException("query failed: " + e.getMessage(), e));
        }
    }
}
