package org.cronista.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cronista.knowledge.Knowledge;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;
import org.cronista.store.query.QueryTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cronista's HTTP server: the JSON API of {@link Api} (described by {@code /openapi.json}) over an
 * event store and the coder, and the analysts' web page with its scripts, all served from the jar.
 * The store is opened read-only unless ingest is allowed; errors are JSON objects with a one-line
 * {@code error}. Thread-safe; {@link #close} stops it.
 */
public final class CronistaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CronistaServer.class);

    private final Javalin app;
    private final EventStore store;
    private final StoreReader reader;
    private final ReadIndex index;

    private CronistaServer(Javalin app, EventStore store, StoreReader reader, ReadIndex index) {
        this.app = app;
        this.store = store;
        this.reader = reader;
        this.index = index;
    }

    /**
     * Opens the store of {@code settings} and starts serving.
     *
     * @throws StoreException if the store cannot be opened (missing, not Cronista's, in use)
     */
    public static CronistaServer start(ServerSettings settings, Knowledge knowledge) {
        EventStore store = settings.allowIngest() ? EventStore.open(settings.database())
                : EventStore.openReadOnly(settings.database());
        StoreReader reader = null;
        ReadIndex index = null;
        try {
            reader = StoreReader.open(store, settings.queryThreads(), settings.queryTimeoutSeconds(),
                    settings.cacheEntries());
            // Loaded before the server listens, so that the first requests need not queue for the database.
            index = ReadIndex.load(store, reader);
            Api api = new Api(settings, store, reader, index, Pipeline.create(knowledge), knowledge, mapper());
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = settings.host();
                config.jetty.port = settings.port();
                config.http.maxRequestSize = Math.max(settings.maxCodeBytes(), settings.maxIngestBytes());
                config.staticFiles.add(s -> {
                    s.hostedPath = "/";
                    s.directory = "/cronista/web";
                    s.location = Location.CLASSPATH;
                });
                config.staticFiles.enableWebjars();
                for (Api.Route r : api.routes()) {
                    switch (r.method()) {
                        case "GET" -> config.routes.get(r.path(), r.handler());
                        case "POST" -> config.routes.post(r.path(), r.handler());
                        default -> throw new IllegalStateException(r.method());
                    }
                }
                config.routes.exception(HttpError.class, (e, ctx) -> api.error(ctx, e.status(), e.getMessage()));
                config.routes.exception(IllegalArgumentException.class, (e, ctx) -> api.error(ctx, 400, e.getMessage()));
                config.routes.exception(UnsupportedLanguageException.class, (e, ctx) -> api.error(ctx, 400, e.getMessage()));
                config.routes.exception(QueryTimeoutException.class, (e, ctx) -> api.error(ctx, 503, e.getMessage()));
                config.routes.exception(HttpResponseException.class, (e, ctx) -> api.error(ctx, e.getStatus(), e.getMessage()));
                config.routes.exception(StoreException.class, (e, ctx) -> {
                    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    api.error(ctx, 500, e.getMessage());
                });
                config.routes.exception(Exception.class, (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    api.error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
                });
            });
            app.start();
            return new CronistaServer(app, store, reader, index);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            if (reader != null) {
                reader.close();
            }
            store.close();
            throw e;
        }
    }

    /** The JSON mapper of the API: snake_case names, ISO dates. */
    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The store it serves. */
    public EventStore store() {
        return store;
    }

    /** The API's routes as {@code METHOD path}, for documentation checks. */
    public static List<String> routeNames() {
        return Api.ROUTES;
    }

    /** The OpenAPI description served at {@code /openapi.json}. */
    public static String openApi() {
        return new String(Api.resource("/cronista/server/openapi.json"), StandardCharsets.UTF_8);
    }

    /** Blocks the calling thread until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        index.close();
        reader.close();
        store.close();
    }

    static Map<String, Object> errorBody(int status, String message) {
        return Map.of("status", status, "error", message == null ? "error" : message);
    }
}
