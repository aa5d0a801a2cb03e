package org.cronista.api.events;

import java.util.Objects;

/**
 * What a CAMEO code means in the codebook: its Goldstein score, quad class and PLOVER type.
 *
 * @param code       the CAMEO code
 * @param goldstein  Goldstein scale value, −10 … +10
 * @param quadClass  the quad class
 * @param plover     the PLOVER type, or null (CAMEO roots 01 and 02)
 * @param ploverMode the PLOVER mode, or null
 * @param name       a short English description
 */
public record EventType(CameoCode code, double goldstein, QuadClass quadClass, PloverType plover,
                        String ploverMode, String name) {
    public EventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(name, "name");
    }
}
