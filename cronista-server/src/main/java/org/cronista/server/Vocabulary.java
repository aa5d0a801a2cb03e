package org.cronista.server;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.events.EventType;
import org.cronista.knowledge.ActorEntry;
import org.cronista.knowledge.AgentEntry;
import org.cronista.knowledge.Country;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.LanguagePack;
import org.cronista.knowledge.Person;

/**
 * The codes the API accepts, from the knowledge Cronista codes with: CAMEO codes and their roots and
 * base codes, country codes (CAMEO/ISO and FIPS), the three-letter parts of actor codes, and the
 * languages. A parameter naming a code outside them is refused with 400. Immutable.
 */
final class Vocabulary {
    private final Map<String, EventType> cameo = new TreeMap<>();
    private final Set<String> cameoPrefixes = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> fips = new HashSet<>();
    private final Set<String> segments = new HashSet<>();
    private final Set<String> languages = new HashSet<>();

    Vocabulary(Knowledge k) {
        for (EventType t : k.codebook().types()) {
            String c = t.code().value();
            cameo.put(c, t);
            for (int i = 2; i <= c.length(); i++) {
                cameoPrefixes.add(c.substring(0, i));
            }
        }
        for (Country c : k.countries().all()) {
            countries.add(c.code());
            segments.add(c.code());
            if (c.fips() != null) {
                fips.add(c.fips());
            }
        }
        for (LanguageTag l : k.languages()) {
            languages.add(l.code());
            LanguagePack p = k.pack(l).orElseThrow();
            for (ActorEntry a : p.actors()) {
                segments.addAll(a.code().segments());
            }
            for (AgentEntry a : p.agents()) {
                if (ActorCode.isValid(a.role())) {
                    segments.addAll(new ActorCode(a.role()).segments());
                }
            }
        }
        for (Person person : k.people().all()) {
            for (Person.Period p : person.periods()) {
                segments.addAll(p.code().segments());
            }
        }
    }

    /** The codebook, by code. */
    Map<String, EventType> cameo() {
        return cameo;
    }

    /** The languages Cronista codes. */
    Set<String> languages() {
        return languages;
    }

    String checkCameo(String name, String code) {
        if (code != null && !cameoPrefixes.contains(code)) {
            throw HttpError.badRequest(name + ": unknown CAMEO code '" + code + "'");
        }
        return code;
    }

    String checkActor(String name, String code) {
        if (code == null) {
            return null;
        }
        for (String s : new ActorCode(code).segments()) {
            if (!segments.contains(s)) {
                throw HttpError.badRequest(name + ": unknown actor code '" + code + "' (no actor part '" + s + "')");
            }
        }
        return code;
    }

    List<String> checkActors(String name, List<String> codes) {
        if (codes != null) {
            codes.forEach(c -> checkActor(name, c));
        }
        return codes;
    }

    String checkCountry(String name, String code) {
        if (code != null && !(code.length() == 3 ? countries.contains(code) : fips.contains(code))) {
            throw HttpError.badRequest(name + ": unknown country code '" + code + "'");
        }
        return code;
    }

    String checkLanguage(String name, String code) {
        if (code != null && !languages.contains(code)) {
            throw HttpError.badRequest(name + ": Cronista does not code '" + code + "' (it codes " + languages + ")");
        }
        return code;
    }
}
