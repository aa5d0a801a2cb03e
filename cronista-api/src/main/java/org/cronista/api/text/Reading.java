package org.cronista.api.text;

import java.util.Objects;
import java.util.Set;

/**
 * One morphological analysis of a token: its lemma, part of speech and features.
 *
 * @param lemma    dictionary form (the surface form when unknown); never null
 * @param upos     universal part of speech; never null
 * @param features morphological features, immutable
 */
public record Reading(String lemma, Upos upos, Set<Feature> features) {
    public Reading {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(upos, "upos");
        features = Set.copyOf(features);
    }

    /** Whether this reading carries {@code f}. */
    public boolean has(Feature f) {
        return features.contains(f);
    }
}
