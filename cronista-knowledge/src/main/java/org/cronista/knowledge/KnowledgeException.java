package org.cronista.knowledge;

import java.util.List;

/** A knowledge file could not be read or is invalid; the message names each {@code file:line}. */
public class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    /** One problem at a place in a file. */
    public KnowledgeException(Problem problem) {
        this(List.of(problem));
    }

    /** Several problems. */
    public KnowledgeException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
