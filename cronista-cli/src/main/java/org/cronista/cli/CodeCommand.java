package org.cronista.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.ingest.Skip;
import org.cronista.ingest.TextFiles;
import org.cronista.knowledge.Knowledge;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.EventGrouper;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cronista code}: codes articles from files, folders or standard input and prints their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code news articles and print the events they report.")
final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files, or folders of them (one article per file). '-' or none: standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date, against which names and relative dates are resolved (default: today).")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "auto|xx", defaultValue = "auto",
            description = "Language of the articles: auto (detect per article) or an ISO 639-1 code (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "table, jsonl or gdelt (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--unreal",
            description = "Also print negated and hypothetical actions, marked as such.")
    boolean unreal;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate published = date != null ? date : LocalDate.now();
        LanguageTag tag = "auto".equalsIgnoreCase(lang) ? null : LanguageTag.of(lang);
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failures = new AtomicInteger();
        java.util.function.Consumer<Skip> skipped = s -> {
            failures.incrementAndGet();
            err.println("cronista: " + s.origin() + ": " + s.reason());
        };
        Knowledge k = knowledge.load();
        if (tag != null && !k.languages().contains(tag)) {
            err.println("cronista: no model for language '" + tag + "' (known: " + k.languages() + ")");
            return 2;
        }
        Pipeline pipeline = Pipeline.create(k);
        PrintWriter out = spec.commandLine().getOut();
        EventPrinter printer = new EventPrinter(format, out, new GeoLabels(k.gazetteer(), k.countries()));

        boolean stdin = paths.isEmpty() || paths.equals(List.of(Path.of("-")));
        if (stdin) {
            Article a = TextFiles.read("stdin", System.in, published, tag, skipped);
            if (a != null) {
                emit(pipeline, a, printer, skipped);
            }
        } else {
            List<Path> files = TextFiles.expand(paths, skipped);
            int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "cronista-code");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (Path f : files) {
                    results.add(pool.submit(() -> codeFile(pipeline, f, published, tag)));
                }
                for (Future<Outcome> r : results) {
                    Outcome o = r.get();
                    if (o.skip() != null) {
                        skipped.accept(o.skip());
                    } else if (o.article() != null) {
                        printer.print(o.article(), EventGrouper.group(o.article().mentions(), unreal));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        out.flush();
        return failures.get() == 0 ? 0 : 1;
    }

    private record Outcome(CodedArticle article, Skip skip) {
    }

    private static Outcome codeFile(Pipeline pipeline, Path f, LocalDate published, LanguageTag tag) {
        Skip[] skip = new Skip[1];
        Article a = TextFiles.read(f, published, tag, s -> skip[0] = s);
        if (a == null) {
            return new Outcome(null, skip[0]);
        }
        try {
            return new Outcome(pipeline.code(a), null);
        } catch (UnsupportedLanguageException e) {
            return new Outcome(null, new Skip(f.toString(), e.getMessage()));
        }
    }

    private void emit(Pipeline pipeline, Article a, EventPrinter printer, java.util.function.Consumer<Skip> skipped) {
        try {
            CodedArticle c = pipeline.code(a);
            printer.print(c, EventGrouper.group(c.mentions(), unreal));
        } catch (UnsupportedLanguageException e) {
            skipped.accept(new Skip(a.id(), e.getMessage()));
        }
    }
}
