package org.cronista.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.knowledge.Keys;

/**
 * A trie of dictionary phrases over tokens. A phrase word matches a token when the word's key equals
 * the token's key or the key of one of its lemmas; a word written with a capital initial matches only
 * a capitalised token ("May" the person is not "may"). Build once, then share: lookups are
 * thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    private final Node<T> root;
    private final int size;

    private PhraseIndex(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    /** Number of phrases indexed. */
    public int size() {
        return size;
    }

    /**
     * A match.
     *
     * @param start  first token
     * @param end    token after the last
     * @param values what the phrase stands for (several when phrases coincide)
     */
    public record Match<T>(int start, int end, List<T> values) {
    }

    /** Builds an index; words of phrases are split by a tokenizer so they meet text tokens. */
    public static <T> Builder<T> builder(Function<String, List<String>> tokenizer) {
        return new Builder<>(tokenizer);
    }

    /** Collects phrases. Not thread-safe. */
    public static final class Builder<T> {
        private final Function<String, List<String>> tokenizer;
        private final Node<T> root = new Node<>();
        private int size;

        private Builder(Function<String, List<String>> tokenizer) {
            this.tokenizer = tokenizer;
        }

        /** Adds a phrase as written in a dictionary. Empty phrases are ignored. */
        public Builder<T> add(String phrase, T value) {
            List<String> words = tokenizer.apply(phrase);
            if (words.isEmpty()) {
                return this;
            }
            Node<T> n = root;
            boolean[] caps = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                caps[i] = Character.isUpperCase(w.codePointAt(0));
                n = n.children.computeIfAbsent(Keys.fold(w), k -> new Node<>());
            }
            n.values.add(new Value<>(value, caps));
            size++;
            return this;
        }

        /** The finished index. */
        public PhraseIndex<T> build() {
            return new PhraseIndex<>(root, size);
        }
    }

    /**
     * Every phrase starting at token {@code start}, longest first.
     *
     * @param keys candidate keys per token, from {@link #keysOf(Sentence)}
     */
    public List<Match<T>> matchesAt(Sentence sentence, String[][] keys, int start) {
        List<Match<T>> out = new ArrayList<>(2);
        walk(root, sentence, keys, start, start, out);
        out.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        return out;
    }

    /** The longest phrase starting at {@code start}, or null. */
    public Match<T> longestAt(Sentence sentence, String[][] keys, int start) {
        List<Match<T>> all = matchesAt(sentence, keys, start);
        return all.isEmpty() ? null : all.get(0);
    }

    private void walk(Node<T> node, Sentence s, String[][] keys, int start, int i, List<Match<T>> out) {
        if (i > start && !node.values.isEmpty()) {
            List<T> vs = new ArrayList<>(node.values.size());
            for (Value<T> v : node.values) {
                if (casesFit(v.caps(), s, start)) {
                    vs.add(v.value());
                }
            }
            if (!vs.isEmpty()) {
                out.add(new Match<>(start, i, vs));
            }
        }
        if (i >= s.size() || node.children.isEmpty()) {
            return;
        }
        String[] ks = keys[i];
        for (int k = 0; k < ks.length; k++) {
            String key = ks[k];
            if (duplicate(ks, k)) {
                continue;
            }
            Node<T> child = node.children.get(key);
            if (child != null) {
                walk(child, s, keys, start, i + 1, out);
            }
        }
    }

    private static boolean duplicate(String[] ks, int k) {
        for (int j = 0; j < k; j++) {
            if (ks[j].equals(ks[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean casesFit(boolean[] caps, Sentence s, int start) {
        for (int i = 0; i < caps.length; i++) {
            if (caps[i] && !s.token(start + i).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** The candidate keys of each token of a sentence: its form's key, then its lemmas' keys. */
    public static String[][] keysOf(Sentence s) {
        String[][] out = new String[s.size()][];
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            List<Reading> rs = t.readings();
            String[] ks = new String[1 + rs.size()];
            ks[0] = t.key();
            for (int j = 0; j < rs.size(); j++) {
                ks[j + 1] = Keys.fold(rs.get(j).lemma());
            }
            out[i] = ks;
        }
        return out;
    }

    private record Value<T>(T value, boolean[] caps) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>(4);
        final List<Value<T>> values = new ArrayList<>(1);
    }
}
