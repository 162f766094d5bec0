package dk.beslutningsarkiv.minutes;

import java.util.Optional;

/** Folds spellings of organisations to one name: "Århus Kommune" is "Aarhus Kommune", "Kommunernes Landsforening" is "KL". */
final class OrganisationNames {

    private final Gazetteer gazetteer;
    private final CommitteeNames bodies;

    OrganisationNames(Gazetteer gazetteer, CommitteeNames bodies) {
        this.gazetteer = gazetteer;
        this.bodies = bodies;
    }

    String canonical(String organisation) {
        if (organisation == null) {
            return null;
        }
        String key = aa(Folding.key(organisation));
        for (Gazetteer.Municipality m : gazetteer.municipalities()) {
            if (aa(Folding.key(m.officialName())).equals(key)) {
                return m.officialName();
            }
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
