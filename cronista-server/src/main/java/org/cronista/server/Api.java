package org.cronista.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.Event;
import org.cronista.api.events.EventType;
import org.cronista.api.events.PloverType;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.Skip;
import org.cronista.ingest.TextDecoder;
import org.cronista.knowledge.Country;
import org.cronista.knowledge.Knowledge;
import org.cronista.output.EventJson;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.EventGrouper;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;
import org.cronista.store.EventStore;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;
import org.cronista.store.query.Actors;
import org.cronista.store.query.Articles;
import org.cronista.store.query.DyadSeries;
import org.cronista.store.query.EventCriteria;
import org.cronista.store.query.Events;
import org.cronista.store.query.Network;
import org.cronista.store.query.Places;
import org.cronista.store.query.Resolution;
import org.cronista.store.query.Session;
import org.cronista.store.query.Tension;

/**
 * The API's routes and their handlers: each checks its parameters ({@link Params},
 * {@link Vocabulary}), runs the store's queries through the {@link StoreReader} and answers JSON.
 * Event lists and dyad series come from the {@link ReadIndex} when it is current (not cached: they
 * cost less than a cached answer's garbage), without waiting for a database connection. Thread-safe.
 */
final class Api {
    /** Every route of the API, as {@code METHOD path}; the OpenAPI description must name each. */
    static final List<String> ROUTES = List.of("GET /api/health", "GET /api/codebook", "GET /api/events",
            "GET /api/events/{id}", "GET /api/article", "GET /api/actors", "GET /api/dyads/timeline", "GET /api/tension",
            "GET /api/alerts", "GET /api/network", "GET /api/map", "POST /api/code", "POST /api/ingest",
            "GET /openapi.json");

    private static final Set<String> EVENT_FILTERS = Set.of("actor", "source", "target", "dyad", "code", "quad_class",
            "plover", "since", "until", "country", "lang", "outlet");
    private static final Set<String> TENSION = Set.of("period", "baseline", "z", "min_events", "as_of");

    /**
     * One route.
     *
     * @param method  GET or POST
     * @param path    the path, Javalin style
     * @param handler what answers it
     */
    record Route(String method, String path, Handler handler) {
    }

    private final ServerSettings settings;
    private final EventStore store;
    private final StoreReader reader;
    private final ReadIndex index;
    private final Pipeline pipeline;
    private final ObjectMapper mapper;
    private final Vocabulary vocabulary;
    private final EventJson eventJson;
    private final byte[] codebook;
    private final byte[] openApi;
    private final Semaphore coding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private final Object ingestLock = new Object();

    Api(ServerSettings settings, EventStore store, StoreReader reader, ReadIndex index, Pipeline pipeline,
        Knowledge knowledge, ObjectMapper mapper) {
        this.settings = settings;
        this.store = store;
        this.reader = reader;
        this.index = index;
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.vocabulary = new Vocabulary(knowledge);
        GeoLabels geo = new GeoLabels(knowledge.gazetteer(), knowledge.countries());
        this.eventJson = new EventJson(mapper, geo);
        this.codebook = write(codebook(knowledge));
        this.openApi = resource("/cronista/server/openapi.json");
    }

    List<Route> routes() {
        List<Route> r = List.of(
                new Route("GET", "/api/health", this::health),
                new Route("GET", "/api/codebook", ctx -> answer(ctx, codebook)),
                new Route("GET", "/api/events", this::events),
                new Route("GET", "/api/events/{id}", this::event),
                new Route("GET", "/api/article", this::article),
                new Route("GET", "/api/actors", this::actors),
                new Route("GET", "/api/dyads/timeline", this::timeline),
                new Route("GET", "/api/tension", this::tension),
                new Route("GET", "/api/alerts", this::alerts),
                new Route("GET", "/api/network", this::network),
                new Route("GET", "/api/map", this::map),
                new Route("POST", "/api/code", this::code),
                new Route("POST", "/api/ingest", this::ingest),
                new Route("GET", "/openapi.json", ctx -> answer(ctx, openApi)));
        if (!r.stream().map(x -> x.method() + " " + x.path()).toList().equals(ROUTES)) {
            throw new IllegalStateException("the route list and ROUTES disagree");
        }
        return r;
    }

    private void health(Context ctx) {
        Params.of(ctx, Set.of());
        EventStore.Counts counts = reader.read(s -> store.counts(s.connection()));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("status", "ok");
        o.put("database", store.file().toString());
        o.put("read_only", store.readOnly());
        o.put("articles", counts.articles());
        o.put("events", counts.events());
        o.put("mentions", counts.mentions());
        answer(ctx, write(o));
    }

    private void events(Context ctx) {
        Set<String> allowed = new java.util.HashSet<>(EVENT_FILTERS);
        allowed.addAll(Set.of("sort", "order", "limit", "offset"));
        Params p = Params.of(ctx, allowed);
        EventCriteria c = criteria(p);
        Events.Sort sort = p.choice("sort", Events.Sort.class, Events.Sort.DATE);
        boolean desc = p.choice("order", Order.class, Order.DESC) == Order.DESC;
        int limit = p.integer("limit", 50, 1, Events.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, 1_000_000);
        ReadIndex.Snapshot snapshot = index.current();
        if (snapshot != null && snapshot.index().covers(c)) {
            answer(ctx, write(snapshot.index().list(c, sort, desc, limit, offset)));
        } else {
            cached(ctx, "events" + p.canonical(), s -> Events.list(s, c, sort, desc, limit, offset));
        }
    }

    /** Sort order of a list. */
    enum Order { ASC, DESC }

    private EventCriteria criteria(Params p) {
        EventCriteria c = new EventCriteria(p.string("actor"), p.string("source"), p.string("target"), p.pair("dyad"),
                p.string("code"), p.optionalInteger("quad_class", 1, 4), plover(p), p.date("since"), p.date("until"),
                p.string("country"), p.string("lang"), p.string("outlet"));
        vocabulary.checkActor("actor", c.actor());
        vocabulary.checkActor("source", c.source());
        vocabulary.checkActor("target", c.target());
        vocabulary.checkActors("dyad", c.dyad());
        vocabulary.checkCameo("code", c.code());
        vocabulary.checkCountry("country", c.country());
        vocabulary.checkLanguage("lang", c.language());
        return c;
    }

    private static PloverType plover(Params p) {
        String v = p.string("plover");
        PloverType t = PloverType.parse(v);
        if (v != null && t == null) {
            throw HttpError.badRequest("plover: unknown PLOVER type '" + v + "'");
        }
        return t;
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("an event id is a whole number: '" + ctx.pathParam("id") + "'");
        }
        Events.Detail d = reader.read(s -> Events.find(s, id))
                .orElseThrow(() -> HttpError.notFound("no event " + id));
        answer(ctx, write(d));
    }

    private void article(Context ctx) {
        Params p = Params.of(ctx, Set.of("key"));
        String key = p.required("key");
        if (key.length() > 2048) {
            throw HttpError.badRequest("key is longer than 2048 characters");
        }
        Articles.Article a = reader.read(s -> Articles.find(s, key))
                .orElseThrow(() -> HttpError.notFound("no stored article with id, input id or URL '" + key + "'"));
        answer(ctx, write(a));
    }

    private void actors(Context ctx) {
        Params p = Params.of(ctx, Set.of("q", "limit"));
        String q = new EventCriteria(p.string("q"), null, null, null, null, null, null, null, null, null, null, null)
                .actor();
        int limit = p.integer("limit", 50, 1, Events.MAX_LIMIT);
        cached(ctx, "actors" + p.canonical(), s -> Actors.list(s, q, limit));
    }

    private void timeline(Context ctx) {
        Params p = Params.of(ctx, Set.of("a", "b", "period", "since", "until", "directed"));
        String a = vocabulary.checkActor("a", shapeOf("a", p.required("a")));
        String b = vocabulary.checkActor("b", shapeOf("b", p.required("b")));
        Resolution period = p.choice("period", Resolution.class, Resolution.WEEK);
        LocalDate since = p.date("since");
        LocalDate until = p.date("until");
        boolean directed = p.bool("directed", false);
        ReadIndex.Snapshot snapshot = index.current();
        if (snapshot != null) {
            answer(ctx, write(snapshot.index().series(a, b, directed, period, since, until)));
        } else {
            cached(ctx, "timeline" + p.canonical(), s -> DyadSeries.of(s, a, b, directed, period, since, until));
        }
    }

    private static String shapeOf(String name, String code) {
        try {
            return new EventCriteria(code, null, null, null, null, null, null, null, null, null, null, null).actor();
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(name + " is not an actor code of the right shape: '" + code + "'");
        }
    }

    private Tension.Settings tensionSettings(Params p) {
        return new Tension.Settings(p.choice("period", Resolution.class, Resolution.WEEK),
                p.integer("baseline", Tension.Settings.DEFAULT.baseline(), 2, 520),
                p.number("z", Tension.Settings.DEFAULT.zThreshold()),
                p.integer("min_events", Tension.Settings.DEFAULT.minEvents(), 1, 1_000_000), p.date("as_of"));
    }

    private void tension(Context ctx) {
        Set<String> allowed = new java.util.HashSet<>(TENSION);
        allowed.add("limit");
        Params p = Params.of(ctx, allowed);
        Tension.Settings t = tensionSettings(p);
        int limit = p.integer("limit", 50, 1, Events.MAX_LIMIT);
        cached(ctx, "tension" + p.canonical(), s -> Tension.report(s, t, limit));
    }

    private void alerts(Context ctx) {
        Params p = Params.of(ctx, TENSION);
        Tension.Settings t = tensionSettings(p);
        cached(ctx, "alerts" + p.canonical(), s -> {
            Tension.Report r = Tension.report(s, t, 1);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("settings", r.settings());
            o.put("start", r.start());
            o.put("end", r.end());
            o.put("first", r.first());
            o.put("alerts", Tension.alerts(s, t));
            return o;
        });
    }

    private void network(Context ctx) {
        Params p = Params.of(ctx, Set.of("since", "until", "level", "actor", "min_events", "limit"));
        Network.Level level = p.choice("level", Network.Level.class, Network.Level.COUNTRY);
        LocalDate since = p.date("since");
        LocalDate until = p.date("until");
        String actor = vocabulary.checkActor("actor", p.string("actor") == null ? null : shapeOf("actor", p.string("actor")));
        int minEvents = p.integer("min_events", 1, 1, 1_000_000);
        int limit = p.integer("limit", 100, 1, Network.MAX_EDGES);
        if (since != null && until != null && since.isAfter(until)) {
            throw HttpError.badRequest("since " + since + " is after until " + until);
        }
        cached(ctx, "network" + p.canonical(), s -> Network.of(s, level, since, until, actor, minEvents, limit));
    }

    private void map(Context ctx) {
        Set<String> allowed = new java.util.HashSet<>(EVENT_FILTERS);
        allowed.add("limit");
        Params p = Params.of(ctx, allowed);
        EventCriteria c = criteria(p);
        int limit = p.integer("limit", 1000, 1, Places.MAX_PLACES);
        cached(ctx, "map" + p.canonical(), s -> Places.of(s, c, limit));
    }

    private void code(Context ctx) throws InterruptedException, UnsupportedLanguageException {
        Params p = Params.of(ctx, Set.of("lang", "date", "unreal"));
        LanguageTag lang = language(p);
        LocalDate date = p.date("date") != null ? p.date("date") : LocalDate.now();
        boolean unreal = p.bool("unreal", false);
        String text = text(body(ctx, settings.maxCodeBytes()));
        if (!coding.tryAcquire(settings.queryTimeoutSeconds(), TimeUnit.SECONDS)) {
            throw new HttpError(503, "every coding thread is busy; try again in a moment");
        }
        try {
            Article article = new Article("api", null, null, date, lang, null, text);
            CodedArticle coded = pipeline.code(article);
            ArrayNode out = mapper.createArrayNode();
            for (Event e : EventGrouper.group(coded.mentions(), unreal)) {
                out.add(eventJson.toJson(article.id(), coded.text(), e));
            }
            answer(ctx, write(out));
        } finally {
            coding.release();
        }
    }

    private LanguageTag language(Params p) {
        String lang = p.string("lang");
        if (lang == null || lang.equalsIgnoreCase("auto")) {
            return null;
        }
        return LanguageTag.of(vocabulary.checkLanguage("lang", lang.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String text(byte[] body) {
        TextDecoder.Result r = TextDecoder.decode(body);
        if (r instanceof TextDecoder.Refused refused) {
            throw HttpError.badRequest("the article was refused: " + refused.reason());
        }
        return ((TextDecoder.Text) r).text();
    }

    private void ingest(Context ctx) throws IOException {
        if (!settings.allowIngest()) {
            throw new HttpError(403, "this server is read-only; start it with --allow-ingest to store articles over HTTP");
        }
        Params p = Params.of(ctx, Set.of("lang", "date", "format"));
        LanguageTag lang = language(p);
        LocalDate date = p.date("date") != null ? p.date("date") : LocalDate.now();
        IngestFormat format = p.choice("format", IngestFormat.class, IngestFormat.TEXT);
        byte[] body = body(ctx, settings.maxIngestBytes());
        if (format == IngestFormat.TEXT) {
            text(body);
        }
        Path dir = Files.createTempDirectory("cronista-ingest");
        Path file = dir.resolve("request." + format.extension);
        try {
            Files.write(file, body);
            List<String> skips = new ArrayList<>();
            IngestSummary summary;
            synchronized (ingestLock) {
                Ingester ingester = Ingester.create(store, pipeline, Ingester.Settings.defaults());
                summary = ingester.run(List.of(file), new ReadOptions(date, lang), new IngestProgress(),
                        (Skip s) -> skips.add(s.origin().replace(file.toString(), "request") + ": " + s.reason()));
                reader.changed();
                index.refresh();
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("read", summary.read());
            o.put("stored", summary.stored());
            o.put("present", summary.present());
            o.put("skipped", summary.skipped());
            o.put("skips", skips);
            o.put("new_events", summary.newEvents());
            answer(ctx, write(o));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** What {@code POST /api/ingest} reads. */
    enum IngestFormat {
        TEXT("txt"), JSONL("jsonl"), HTML("html"), RSS("rss");

        private final String extension;

        IngestFormat(String extension) {
            this.extension = extension;
        }
    }

    /** The request body, at most {@code max} bytes; 413 beyond. */
    private static byte[] body(Context ctx, int max) {
        long declared = ctx.contentLength();
        if (declared > max) {
            throw new HttpError(413, "the body has " + declared + " bytes; at most " + max + " are accepted");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new HttpError(413, "the body has more than " + max + " bytes, the most accepted");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cached(Context ctx, String key, Function<Session, Object> query) {
        answer(ctx, reader.cached(key, s -> write(query.apply(s))));
    }

    private static void answer(Context ctx, byte[] json) {
        ctx.contentType("application/json").result(json);
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(write(CronistaServer.errorBody(status, message)));
    }

    private byte[] write(Object o) {
        try {
            return mapper.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private ObjectNode codebook(Knowledge k) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode codes = o.putArray("cameo");
        for (EventType t : vocabulary.cameo().values()) {
            ObjectNode c = codes.addObject();
            c.put("code", t.code().value());
            c.put("root", t.code().root());
            c.put("name", t.name());
            c.put("goldstein", t.goldstein());
            c.put("quad_class", t.quadClass().number());
            c.put("plover", t.plover() == null ? null : t.plover().name());
        }
        ArrayNode pl = o.putArray("plover");
        for (PloverType t : PloverType.values()) {
            pl.add(t.name());
        }
        ObjectNode countries = o.putObject("countries");
        for (Country c : k.countries().all()) {
            countries.put(c.code(), k.countries().englishName(c.code()));
        }
        ArrayNode langs = o.putArray("languages");
        vocabulary.languages().stream().sorted().forEach(langs::add);
        return o;
    }

    /** A resource of the jar, whole. */
    static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
