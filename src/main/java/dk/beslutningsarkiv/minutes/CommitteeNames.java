package dk.beslutningsarkiv.minutes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One canonical name per body: the gazetteer's spelling when the body is known (aliases, LKT, dash
 * styles and case folded), else the name as printed with its first letter capitalised. A municipal or
 * regional committee whose name does not say where it sits gets its municipality or region appended.
 */
final class CommitteeNames {

    private static final Pattern LOCAL_COMMITTEE = Pattern.compile(
            "(?i)(udvalg|byråd|kommunalbestyrelse|regionsråd|forretningsudvalg|magistrat|ældreråd|handicapråd)");

    private final Gazetteer gazetteer;
    /** Every body under the key of its name and of each alias; a key two bodies share is the first one's. */
    private final Map<String, Gazetteer.Body> byKey = new HashMap<>();

    CommitteeNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Gazetteer.Body b : gazetteer.bodies()) {
            byKey.putIfAbsent(Folding.key(b.canonical()), b);
            b.aliases().forEach(a -> byKey.putIfAbsent(Folding.key(a), b));
        }
    }

    /** The known body this name denotes, if any. */
    Optional<Gazetteer.Body> known(String printed) {
        return printed == null ? Optional.empty() : Optional.ofNullable(byKey.get(Folding.key(printed)));
    }

    /** The canonical name; {@code headerText} is searched for the place of an unqualified local committee. */
    String canonical(String printed, String headerText) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        Optional<Gazetteer.Body> body = known(printed);
        if (body.isPresent()) {
            return body.get().canonical();
        }
        String name = Folding.capitalise(Folding.collapse(printed));
        if (LOCAL_COMMITTEE.matcher(name).find() && !namesPlace(name)) {
            String place = mostMentionedPlace(headerText);
            if (place != null) {
                return name + ", " + place;
            }
        }
        return name;
    }

    private boolean namesPlace(String name) {
        String key = Folding.key(name);
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            if (PlaceNames.contains(key, m.name())) {
                return true;
            }
        }
        return gazetteer.regions().stream().anyMatch(r -> PlaceNames.contains(key, r.name()))
                || PlaceNames.contains(key, "region");
    }

    /** The municipality ("Varde Kommune") or region the header names most often, ties to the first named. */
    private String mostMentionedPlace(String headerText) {
        String key = Folding.key(headerText);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            int n = PlaceNames.count(key, m.officialName());
            if (n > 0) {
                counts.put(m.officialName(), n);
            }
        }
        for (Gazetteer.RegionPeriod r : gazetteer.regions()) {
            int n = PlaceNames.count(key, r.name());
            if (n > 0) {
                counts.put(r.name(), n);
            }
        }
        List<Map.Entry<String, Integer>> entries = List.copyOf(counts.entrySet());
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : entries) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best == null ? null : best.getKey();
    }
}
