package dk.beslutningsarkiv.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The home region of a body: "Hele landet" for national bodies; else from the municipality, region or
 * sundhedsklynge its name contains; a cluster name shared by several regions ("Sundhedsklynge Midt") is
 * resolved by the participants' organisations. Regions are dated: from 2027 Hovedstaden and Sjælland
 * are Region Østdanmark.
 */
final class RegionResolver {

    private final Gazetteer gazetteer;
    private final CommitteeNames committees;

    RegionResolver(Gazetteer gazetteer, CommitteeNames committees) {
        this.gazetteer = gazetteer;
        this.committees = committees;
    }

    List<String> resolve(String committee, List<Participant> people, LocalDate date) {
        if (committee == null) {
            return List.of();
        }
        Optional<Gazetteer.Body> body = committees.known(committee);
        if (body.isPresent() && !body.get().region().isBlank()) {
            return List.of(dated(body.get().region(), date));
        }
        String key = Folding.key(committee);
        List<Gazetteer.Cluster> clusters = new ArrayList<>();
        for (Gazetteer.Cluster c : gazetteer.clusters()) {
            if (PlaceNames.contains(key, c.name())) {
                clusters.add(c);
            }
        }
        if (!clusters.isEmpty()) {
            // The longest matching name wins ("Sundhedsklynge Nordsjælland" over a shorter one).
            int longest = clusters.stream().mapToInt(c -> c.name().length()).max().orElse(0);
            clusters.removeIf(c -> c.name().length() < longest);
            if (clusters.size() == 1) {
                return List.of(dated(clusters.get(0).region(), date));
            }
            String voted = vote(people, clusters);
            return voted == null ? List.of() : List.of(dated(voted, date));
        }
        for (Gazetteer.RegionPeriod r : gazetteer.regions()) {
            if (PlaceNames.contains(key, r.name())) {
                return List.of(dated(r.name(), date));
            }
        }
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            if (PlaceNames.contains(key, m.name()) || PlaceNames.contains(key, m.officialName())) {
                return List.of(dated(m.region(), date));
            }
        }
        String majority = majorityRegion(people);
        return majority == null ? List.of() : List.of(dated(majority, date));
    }

    /**
     * A name that places the body nowhere ("Sundhedskoordinationsudvalget") is placed by its members:
     * the region most participants' organisations lie in, when that is more than half of those placed.
     */
    private String majorityRegion(List<Participant> people) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int placed = 0;
        for (Participant p : people) {
            String region = regionOf(Folding.key(p.organisation() == null ? "" : p.organisation()));
            if (region != null) {
                votes.merge(region, 1, Integer::sum);
                placed++;
            }
        }
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 2 > placed) {
                return e.getKey();
            }
        }
        return null;
    }

    private String regionOf(String organisation) {
        if (organisation.isEmpty()) {
            return null;
        }
        for (Gazetteer.RegionPeriod r : gazetteer.regions()) {
            if (PlaceNames.contains(organisation, r.name())) {
                return r.name();
            }
        }
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            if (PlaceNames.contains(organisation, m.officialName())) {
                return m.region();
            }
        }
        return null;
    }

    /** The region of the candidate cluster whose municipalities, hospitals and region the organisations name most. */
    private String vote(List<Participant> people, List<Gazetteer.Cluster> clusters) {
        Map<String, Integer> score = new LinkedHashMap<>();
        for (Gazetteer.Cluster c : clusters) {
            int s = 0;
            for (Participant p : people) {
                String org = Folding.key(p.organisation() == null ? "" : p.organisation())
                        + " " + Folding.key(p.role() == null ? "" : p.role());
                for (String m : c.municipalities()) {
                    s += PlaceNames.contains(org, m) ? 2 : 0;
                }
                for (String h : c.hospitals()) {
                    s += PlaceNames.contains(org, h) ? 2 : 0;
                }
                s += PlaceNames.contains(org, c.region()) ? 1 : 0;
            }
            score.merge(c.region(), s, Math::max);
        }
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
                tie = false;
            } else if (e.getValue() == bestScore && bestScore > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private String dated(String region, LocalDate date) {
        return Gazetteer.WHOLE_COUNTRY.equals(region) ? region : gazetteer.regionOn(region, date);
    }
}
