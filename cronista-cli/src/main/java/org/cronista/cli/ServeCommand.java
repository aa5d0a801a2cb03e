package org.cronista.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cronista.server.CronistaServer;
import org.cronista.server.ServerSettings;
import org.cronista.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cronista serve}: the HTTP API and the analysts' web page over the event store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web page (code articles, explore events, timelines, alerts, network, map).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allow-ingest",
            description = "Open the database for writing and accept POST /api/ingest (default: read-only).")
    boolean allowIngest;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "" + ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS,
            description = "Cancel a database query after this many seconds (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--cache", paramLabel = "ENTRIES", defaultValue = "" + ServerSettings.DEFAULT_CACHE_ENTRIES,
            description = "Answers of read queries remembered until the store changes (default: ${DEFAULT-VALUE}; 0: none).")
    int cache;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings;
        try {
            settings = ServerSettings.defaults(store.db).at(host, port).withIngest(allowIngest)
                    .withQueryTimeout(queryTimeout).withCache(cache);
        } catch (IllegalArgumentException e) {
            err.println("cronista: " + e.getMessage());
            return 2;
        }
        CronistaServer server;
        try {
            server = CronistaServer.start(settings, knowledge.load());
        } catch (StoreException e) {
            return StoreOptions.fail(err, e);
        } catch (RuntimeException e) {
            err.println("cronista: cannot serve on " + host + ":" + port + ": " + StoreOptions.firstLine(e));
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cronista-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Cronista is serving " + store.db + (allowIngest ? " (ingest allowed)" : " (read-only)")
                + " at http://" + shown + ":" + server.port() + "/  (API: /openapi.json; Ctrl+C stops)");
        out.flush();
        server.join();
        return 0;
    }
}
