package org.cronista.api.events;

/** Whether the text says the action happened. */
public enum EventStatus {
    /** Reported as having happened (or happening). */ ASSERTED,
    /** Reported as not having happened ("non ha incontrato", "did not meet"). */ NEGATED,
    /** Only possible, conditional or hypothetical ("could bring", "potrebbe", "if"). */ HYPOTHETICAL;

    /** Whether the action is reported as real. */
    public boolean happened() {
        return this == ASSERTED;
    }
}
