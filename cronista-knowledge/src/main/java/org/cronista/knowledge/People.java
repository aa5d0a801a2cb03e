package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cronista.api.actors.ActorCode;

/** Named people with dated roles, read from {@code world/people.tsv}. */
public final class People {
    static final String FILE = "world/people.tsv";
    static final String FORMAT = "cronista-people/1";
    static final List<String> COLUMNS = List.of("id", "code", "from", "until", "role", "names", "short");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, Person> byId;

    private People(Map<String, Person> byId) {
        this.byId = Map.copyOf(byId);
    }

    static People load(KnowledgeSource source, List<Problem> problems) {
        Map<String, List<Person.Period>> periods = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, Set<String>> shorts = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(source, FILE, FORMAT, COLUMNS, problems)) {
            String id = row.get("id");
            if (!ID.matcher(id).matches()) {
                problems.add(row.problem("person id must be a lower-case slug: '" + id + "'"));
                continue;
            }
            String code = row.get("code");
            if (!ActorCode.isValid(code)) {
                problems.add(row.problem("not an actor code: '" + code + "'"));
                continue;
            }
            var from = Dates.parse(row, "from", problems);
            var until = Dates.parse(row, "until", problems);
            if (from == null) {
                problems.add(row.problem("a person's period needs a start date"));
                continue;
            }
            if (until != null && until.isBefore(from)) {
                problems.add(row.problem("period ends before it starts"));
            }
            periods.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Person.Period(new ActorCode(code), from, until, row.get("role"), row.ref()));
            names.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.list("names"));
            shorts.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.list("short"));
        }
        Map<String, Person> byId = new LinkedHashMap<>();
        periods.forEach((id, ps) -> {
            ps.sort(Comparator.comparing(Person.Period::from));
            if (names.get(id).isEmpty()) {
                problems.add(new Problem(FILE, 0, "person " + id + " has no names"));
            }
            byId.put(id, new Person(id, List.copyOf(ps), List.copyOf(names.get(id)), List.copyOf(shorts.get(id))));
        });
        return new People(byId);
    }

    /** The person with this id. */
    public Optional<Person> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Everyone, in file order. */
    public List<Person> all() {
        return List.copyOf(byId.values());
    }
}
