package org.cronista.api.geo;

import java.util.List;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.text.AnalyzedText;

/** Gives each coded event the place where it happened, when the text says. Thread-safe. */
public interface EventLocator {

    /** The same events, each with its place set where one is found. */
    List<CodedEvent> locate(AnalyzedText text, List<PlaceMention> places, List<CodedEvent> events);
}
