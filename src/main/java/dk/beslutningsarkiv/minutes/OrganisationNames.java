package dk.beslutningsarkiv.minutes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Folds spellings of organisations to one name: "Århus Kommune" is "Aarhus Kommune", "Kommunernes Landsforening" is "KL". */
final class OrganisationNames {

    /** Official municipality names by their folded key, folded once rather than for every participant. */
    private final Map<String, String> municipalities = new HashMap<>();
    private final CommitteeNames bodies;

    OrganisationNames(Gazetteer gazetteer, CommitteeNames bodies) {
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            municipalities.putIfAbsent(aa(Folding.key(m.officialName())), m.officialName());
        }
        this.bodies = bodies;
    }

    String canonical(String organisation) {
        if (organisation == null) {
            return null;
        }
        String municipality = municipalities.get(aa(Folding.key(organisation)));
        if (municipality != null) {
            return municipality;
        }
        Optional<Gazetteer.Body> body = bodies.known(organisation);
        return body.map(Gazetteer.Body::canonical).orElse(organisation);
    }

    Participant canonical(Participant p) {
        return new Participant(p.name(), canonical(p.organisation()), p.role());
    }

    private static String aa(String s) {
        return s.replace("å", "aa");
    }
}
