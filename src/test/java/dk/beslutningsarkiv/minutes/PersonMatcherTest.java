package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonMatcherTest {

    @Test
    void doubled_and_dropped_letters_are_one_person_without_organisation() {
        assertThat(PersonMatcher.samePerson("Mariane Therkelsen", null, "Marianne Terkelsen", null)).isTrue();
        assertThat(PersonMatcher.samePerson("Lisbeth Høeg-Jensen", null, "Lisbeth Høg-Jensen", null)).isTrue();
    }

    @Test
    void a_missing_last_name_needs_the_same_organisation() {
        assertThat(PersonMatcher.samePerson("Jens Ravnholt", "Region Nordjylland", "Jens Ravnholt Pedersen",
                "Region Nordjylland")).isTrue();
        assertThat(PersonMatcher.samePerson("Jens Ravnholt", "KL", "Jens Ravnholt Pedersen", "Region Nordjylland")).isFalse();
        assertThat(PersonMatcher.samePerson("Jens Ravnholt", null, "Jens Ravnholt Pedersen", null)).isFalse();
    }

    @Test
    void organisations_fold_aarhus_and_aarhus() {
        assertThat(PersonMatcher.sameOrganisation("Århus Kommune", "Aarhus Kommune")).isTrue();
    }

    @Test
    void different_people_stay_apart() {
        assertThat(PersonMatcher.samePerson("Anne Hansen", "KL", "Anne Jensen", "KL")).isFalse();
        assertThat(PersonMatcher.samePerson("Ole Thomsen", null, "Ole Thomsen Bak", null)).isFalse();
    }

    @Test
    void canonical_name_prefers_the_fullest_then_the_most_frequent_spelling() {
        assertThat(PersonMatcher.canonical(List.of("Jens Ravnholt", "Jens Ravnholt Pedersen", "Jens Ravnholt")))
                .isEqualTo("Jens Ravnholt Pedersen");
        assertThat(PersonMatcher.canonical(List.of("Mariane Therkelsen", "Marianne Terkelsen", "Mariane Therkelsen")))
                .isEqualTo("Mariane Therkelsen");
    }

    @Test
    void canonical_names_map_every_variant_to_one_spelling() {
        Map<String, String> names = PersonMatcher.canonicalNames(List.of(
                new Participant("Jens Ravnholt", "Region Nordjylland", null),
                new Participant("Jens Ravnholt Pedersen", "Region Nordjylland", null),
                new Participant("Lise Holten", "KL", null)));
        assertThat(names).containsEntry("Jens Ravnholt", "Jens Ravnholt Pedersen")
                .containsEntry("Jens Ravnholt Pedersen", "Jens Ravnholt Pedersen")
                .containsEntry("Lise Holten", "Lise Holten");
    }
}
