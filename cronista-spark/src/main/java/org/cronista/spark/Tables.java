package org.cronista.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.CodedEvent;
import org.cronista.store.StoreSchema;
import org.cronista.store.ingest.ArticleRows;

/**
 * The Spark schemas of the application's rows and the conversions between them and Cronista's
 * records. The three output tables have the event store's columns, names and types
 * ({@link StoreSchema}); {@code SparkIngestIT} checks them against a real store. Stateless.
 */
final class Tables {
    /** An article read and waiting to be coded, with where it was read (for the first-read-wins rule). */
    static final StructType READ = struct(
            field("id", DataTypes.StringType), field("doc", DataTypes.StringType), field("url", DataTypes.StringType),
            field("source", DataTypes.StringType), field("published", DataTypes.DateType),
            field("language", DataTypes.StringType), field("title", DataTypes.StringType),
            field("text", DataTypes.StringType), field("origin", DataTypes.StringType),
            field("file", DataTypes.StringType), field("seq", DataTypes.LongType));

    /** Positions of {@link #READ}'s fields. */
    static final int ID = READ.fieldIndex("id");
    static final int ORIGIN = READ.fieldIndex("origin");
    static final int FILE = READ.fieldIndex("file");
    static final int SEQ = READ.fieldIndex("seq");

    /** The store's {@code articles} table. */
    static final StructType ARTICLES = struct(
            field("id", DataTypes.StringType), field("doc", DataTypes.StringType), field("url", DataTypes.StringType),
            field("source", DataTypes.StringType), field("outlet", DataTypes.StringType),
            field("published", DataTypes.DateType), field("language", DataTypes.StringType),
            field("title", DataTypes.StringType), field("text", DataTypes.StringType),
            field("ingested_at", DataTypes.TimestampNTZType));

    /** The store's {@code mentions} table. */
    static final StructType MENTIONS = struct(
            field("article_id", DataTypes.StringType), field("sentence", DataTypes.IntegerType),
            field("trigger_start", DataTypes.IntegerType), field("trigger_end", DataTypes.IntegerType),
            field("trigger", DataTypes.StringType), field("source_code", DataTypes.StringType),
            field("source_start", DataTypes.IntegerType), field("source_end", DataTypes.IntegerType),
            field("target_code", DataTypes.StringType), field("target_start", DataTypes.IntegerType),
            field("target_end", DataTypes.IntegerType), field("cameo", DataTypes.StringType),
            field("rule", DataTypes.StringType), field("status", DataTypes.StringType),
            field("place_id", DataTypes.StringType), field("day", DataTypes.DateType),
            field("event_id", DataTypes.LongType), field("outlet", DataTypes.StringType));

    /** The store's {@code events} table: GDELT's 61 columns, then Cronista's. */
    static final StructType EVENTS = events();

    /** One article's report of one event: its sentences, the article's outlet and the row it would give. */
    static final StructType REPORT = struct(field("mentions", DataTypes.IntegerType),
            field("outlet", DataTypes.StringType), field("event", EVENTS));

    /** One coded article: its row, its mentions and its reports of events. */
    static final StructType CODED = struct(field("article", ARTICLES),
            field("mentions", DataTypes.createArrayType(MENTIONS, false)),
            field("reports", DataTypes.createArrayType(REPORT, false)));

    private Tables() {
    }

    /** A row of {@link #READ}. */
    static Row read(String id, Article a, String origin, String file, long seq) {
        return RowFactory.create(id, a.id(), a.url(), a.source(), a.published(),
                a.language() == null ? null : a.language().code(), a.title(), a.text(), origin, file, seq);
    }

    /** The article of a row of {@link #READ}. */
    static Article article(Row r) {
        String lang = r.getString(5);
        return new Article(r.getString(1), r.getString(2), r.getString(3), (LocalDate) r.get(4),
                lang == null ? null : LanguageTag.of(lang), r.getString(6), r.getString(7));
    }

    /** A row of {@link #CODED}. */
    static Row coded(ArticleRows rows) {
        Article a = rows.article();
        Row article = RowFactory.create(rows.id(), a.id(), a.url(), a.source(), rows.outlet(), a.published(),
                a.language().code(), a.title(), a.text(), LocalDateTime.ofInstant(rows.ingestedAt(), ZoneOffset.UTC));
        List<Row> mentions = new ArrayList<>(rows.mentions().size());
        for (ArticleRows.MentionRow row : rows.mentions()) {
            CodedEvent m = row.mention();
            var target = m.target();
            mentions.add(RowFactory.create(rows.id(), m.sentence(), m.trigger().start(), m.trigger().end(),
                    row.trigger(), m.source().code().value(), m.source().span().start(), m.source().span().end(),
                    target == null ? null : target.code().value(),
                    target == null ? null : target.span().start(), target == null ? null : target.span().end(),
                    m.type().code().value(), m.rule(), m.status().name(),
                    m.place() == null ? null : m.place().place().id(), m.date(), row.eventId(), rows.outlet()));
        }
        List<Row> reports = new ArrayList<>(rows.events().size());
        for (ArticleRows.EventRow e : rows.events()) {
            reports.add(RowFactory.create(e.mentions(), rows.outlet(), RowFactory.create(e.values())));
        }
        return RowFactory.create(article, mentions.toArray(Row[]::new), reports.toArray(Row[]::new));
    }

    private static StructType events() {
        List<StructField> fields = new ArrayList<>();
        for (String c : StoreSchema.eventColumns()) {
            fields.add(field(c, switch (StoreSchema.eventType(c)) {
                case "BIGINT" -> DataTypes.LongType;
                case "INTEGER" -> DataTypes.IntegerType;
                case "DOUBLE" -> DataTypes.DoubleType;
                case "BOOLEAN" -> DataTypes.BooleanType;
                default -> DataTypes.StringType;
            }));
        }
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
