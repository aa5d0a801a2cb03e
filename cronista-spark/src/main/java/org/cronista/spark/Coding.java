package org.cronista.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.output.GdeltEventRow;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.Pipeline;

/**
 * The pipeline and GDELT row builder of one executor JVM, built on first use and then shared by
 * every task (and thread) of that JVM.
 *
 * <p>Why a holder per JVM: {@link Knowledge} and the models behind {@link Pipeline} are not
 * {@code Serializable} and take seconds and hundreds of megabytes to build, so they can be neither
 * shipped with a task nor built per record or per partition; Spark has no per-executor setup
 * hook, and the pipeline is thread-safe, so the first task of each JVM builds it and the others
 * wait for it. Broadcasting the knowledge files' text would spare executors the jar's resources
 * but not the building, which is the cost. The holder is written once per knowledge folders and
 * never changed.
 *
 * @param pipeline the coding pipeline
 * @param gdelt    the builder of the events table's GDELT columns
 */
record Coding(Pipeline pipeline, GdeltEventRow gdelt) {
    private static final Map<List<String>, Coding> BY_KNOWLEDGE = new ConcurrentHashMap<>();

    /** The coding of this JVM over the shipped knowledge plus {@code folders} (paths on this machine). */
    static Coding get(List<String> folders) {
        return BY_KNOWLEDGE.computeIfAbsent(List.copyOf(folders), Coding::create);
    }

    private static Coding create(List<String> folders) {
        Knowledge k = Knowledge.load(folders.isEmpty() ? KnowledgeSource.shipped()
                : KnowledgeSource.shippedPlus(folders.stream().map(Path::of).toList()));
        return new Coding(Pipeline.create(k), new GdeltEventRow(new GeoLabels(k.gazetteer(), k.countries())));
    }
}
