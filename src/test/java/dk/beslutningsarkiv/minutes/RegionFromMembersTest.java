package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body whose name places it nowhere is placed by where most of its members come from. */
class RegionFromMembersTest {

    private static Meeting parse(String participants) {
        String text = "Referat af møde i Sundhedskoordinationsudvalget den 3. november 2016\n\nDeltagere\n"
                + participants + "\n\n1. Status\n\nBeslutning\nTaget til efterretning.\n";
        return MinutesParser.withBundledData().parse(StructuredText.fromPlainText(text), "referat.txt");
    }

    @Test
    void mostMembersFromOneRegionPlaceTheBodyThere() {
        Meeting m = parse("- Jens Stenbæk, Region Sjælland (formand)\n- Mette Touborg, Lejre Kommune\n"
                + "- Karsten Nielsen, Holbæk Kommune\n- Ida Madsen, PLO");

        assertThat(m.regions()).containsExactly("Region Sjælland");
    }

    @Test
    void membersFromManyRegionsPlaceItNowhere() {
        Meeting m = parse("- Anne Hansen, Region Sjælland\n- Bo Jensen, Aarhus Kommune\n- Carl Olsen, Region Nordjylland");

        assertThat(m.regions()).isEmpty();
    }

    @Test
    void fromTwentyTwentySevenSjaellandIsRegionOestdanmark() {
        String text = "Referat af møde i Sundhedskoordinationsudvalget den 3. november 2027\n\nDeltagere\n"
                + "- Jens Stenbæk, Region Sjælland\n- Mette Touborg, Lejre Kommune\n\n1. Status\n";
        Meeting m = MinutesParser.withBundledData().parse(StructuredText.fromPlainText(text), "referat.txt");

        assertThat(m.regions()).containsExactly("Region Østdanmark");
    }
}
