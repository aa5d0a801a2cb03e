package org.cronista.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;
import org.cronista.store.query.EventFilter;
import org.cronista.store.query.ExportFormat;
import org.cronista.store.query.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cronista export}: writes stored events to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export events from the event database to a file.",
                "gdelt: GDELT 2.0's event table (61 tab-separated columns, no header); gdelt-mentions: GDELT 2.0's "
                        + "mentions table (16 columns); csv, jsonl, parquet: every column of the events table."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-f", "--format"}, required = true, converter = FormatConverter.class,
            paramLabel = "gdelt|gdelt-mentions|csv|jsonl|parquet", description = "The file format.")
    ExportFormat format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        EventFilter filter = filters.filterOrNull(err);
        if (filter == null) {
            return 2;
        }
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            long rows = Exporter.export(db.connection(), filter, format, out);
            err.printf(Locale.ROOT, "cronista: wrote %,d %s to %s%n", rows,
                    format == ExportFormat.GDELT_MENTIONS ? "mentions" : "events", out);
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(err, e);
        }
    }

    /** Reads {@code gdelt-mentions} (and any case) as {@link ExportFormat#GDELT_MENTIONS}. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
