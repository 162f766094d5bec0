package dk.beslutningsarkiv.generate;

import dk.beslutningsarkiv.minutes.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents meetings of the bodies the archive serves: national bodies, regional councils, the
 * sundhedsklynger and municipal committees, 2007-2026, with participants from the body's own
 * organisations, projects, recommendations and decisions, and body text drawn Zipf-style.
 */
final class MeetingFactory {

    private static final int FIRST_YEAR = 2007;
    private static final int LAST_YEAR = 2026;
    /** Draws of a free day for a body before giving up: a fifth of its days free still finds one at once. */
    private static final int MAX_TRIES = 1000;
    private static final List<String> TOPICS = List.of("genoptræning", "hjemmepleje", "akutfunktion", "demensindsats",
            "sundhedsaftale", "forebyggelse af indlæggelser", "psykiatriplan", "nedbringelse af tvang", "rygestop",
            "faldforebyggelse", "telemedicin", "udskrivningsaftaler", "lægedækning", "patientinddragelse",
            "kræftforløb", "diabetesindsats", "KOL-rehabilitering", "børn og unges mentale sundhed", "ventetider",
            "akutmodtagelse", "medicinhåndtering", "sygeplejeklinik", "sundhedsreform", "datadeling",
            "ledelsesprogram", "hoftebrudsforløb", "tvangsindlæggelser", "pårørendeinddragelse", "kompetenceudvikling",
            "praksisplan", "opsporing af sepsis", "videokonsultationer", "ernæringsindsats", "palliation");
    private static final List<String> TITLE_FORMS = List.of("Status for %s", "Godkendelse af %s", "Orientering om %s",
            "Drøftelse af %s", "Handleplan for %s", "Evaluering af %s", "Budget for %s", "Forslag om %s");
    private static final List<String[]> DECISIONS = List.of(
            new String[] {"godkender %s", "Indstillingen blev godkendt."},
            new String[] {"tager orienteringen om %s til efterretning", "Orienteringen blev taget til efterretning."},
            new String[] {"drøfter %s", "Sagen blev drøftet."},
            new String[] {"beslutter rammerne for %s", "Det blev besluttet at igangsætte arbejdet."},
            new String[] {"godkender %s", "Sagen blev udsat til næste møde."},
            new String[] {"godkender %s", "Indstillingen blev ikke godkendt og sagen blev afvist."},
            new String[] {"oversender %s", "Sagen oversendes til Byrådet til behandling."});
    private static final String[] LOCATIONS = {"Virtuelt", "Mødelokale 1", "Rådhuset", "Regionshuset", "Byrådssalen"};

    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final List<Gazetteer.Body> nationalBodies = gazetteer.bodies().stream()
            .filter(b -> Gazetteer.WHOLE_COUNTRY.equals(b.region())).toList();
    private final List<String> regions = List.of("Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
            "Region Midtjylland", "Region Nordjylland");
    private final ZipfWords words;
    private final String[] firstNames;
    private final String[] lastNames;
    /**
     * Each body's meeting days so far, per document type: a body meets at most once a day. Two
     * meetings of one committee on one day would be one meeting to the archive (the same id), the
     * later file replacing the earlier one's items.
     */
    private final Set<String> meetingDays = new HashSet<>();

    MeetingFactory(ZipfWords words) {
        this.words = words;
        List<String[]> names = readNames();
        this.firstNames = names.get(0);
        this.lastNames = names.get(1);
    }

    SyntheticMeeting next(SplittableRandom random) {
        LocalDate date = day(random);
        boolean minutes = random.nextInt(5) > 0;
        int kind = random.nextInt(20);
        Body body = kind < 2 ? national(random) : kind < 5 ? regional(random) : kind < 10 ? cluster(random) : municipal(random);
        // Keyed as the parser names the committee: clusters of one name in two regions are one committee to it.
        for (int tries = 1; !meetingDays.add(body.name() + '|' + body.placeLine() + '|' + date + '|' + minutes); tries++) {
            if (tries == MAX_TRIES) {
                throw new IllegalStateException(body.name() + " has met on nearly every day of " + FIRST_YEAR + "-"
                        + LAST_YEAR + " already: generate fewer meetings (the busiest committees run out of days at about 450,000)");
            }
            date = day(random);
        }
        List<SyntheticMeeting.Person> people = new ArrayList<>();
        int count = 4 + random.nextInt(9);
        for (int i = 0; i < count; i++) {
            String role = i == 0 ? "formand" : i == 1 ? "næstformand" : null;
            people.add(new SyntheticMeeting.Person(name(random), body.organisations().get(random.nextInt(body.organisations().size())), role));
        }
        List<SyntheticMeeting.Person> absent = new ArrayList<>(people.subList(people.size() - random.nextInt(2), people.size()));
        List<SyntheticMeeting.Person> present = new ArrayList<>(people.subList(0, people.size() - absent.size()));
        int start = 8 + random.nextInt(8);
        List<SyntheticMeeting.Item> items = new ArrayList<>();
        int itemCount = 3 + random.nextInt(6);
        for (int n = 1; n <= itemCount; n++) {
            items.add(item(random, n, body, date, minutes, present));
        }
        return new SyntheticMeeting(body.name(), body.placeLine(), date, String.format("%02d:00", start),
                String.format("%02d:30", start + 2), LOCATIONS[random.nextInt(LOCATIONS.length)], minutes, present, absent, items);
    }

    private static LocalDate day(SplittableRandom random) {
        return LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private SyntheticMeeting.Item item(SplittableRandom random, int number, Body body, LocalDate date, boolean minutes,
                                       List<SyntheticMeeting.Person> present) {
        String topic = random.nextInt(4) == 0 && !gazetteer.projects().isEmpty()
                ? gazetteer.projects().get(random.nextInt(gazetteer.projects().size())).canonical()
                : TOPICS.get(random.nextInt(TOPICS.size()));
        String title = String.format(TITLE_FORMS.get(random.nextInt(TITLE_FORMS.size())), topic);
        String presenter = random.nextInt(3) == 0 ? present.get(random.nextInt(present.size())).name() : null;
        String caseNumber = random.nextBoolean()
                ? String.format("EMN-%d-%06d", date.getYear(), random.nextInt(1_000_000)) : null;
        String[] decision = DECISIONS.get(random.nextInt(DECISIONS.size()));
        String recommendation = "Det indstilles, at " + body.shortName() + " " + String.format(decision[0], topic) + ".";
        return new SyntheticMeeting.Item(number, title, presenter, caseNumber, prose(random, topic, 300 + random.nextInt(201)),
                recommendation, minutes ? decision[1] + " " + prose(random, topic, 20 + random.nextInt(30)) : null);
    }

    /** Sentences of Zipf-drawn words, with the item's topic now and then, as a case presentation reads. */
    private String prose(SplittableRandom random, String topic, int wordCount) {
        StringBuilder text = new StringBuilder();
        int inSentence = 0;
        int sentenceLength = 8 + random.nextInt(13);
        for (int i = 0; i < wordCount; i++) {
            String word = random.nextInt(25) == 0 ? topic : words.next(random);
            if (inSentence == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            if (++inSentence >= sentenceLength) {
                text.append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
                inSentence = 0;
                sentenceLength = 8 + random.nextInt(13);
            } else {
                text.append(' ');
            }
        }
        return text.toString().strip() + (inSentence == 0 ? "" : ".");
    }

    private String name(SplittableRandom random) {
        return firstNames[random.nextInt(firstNames.length)] + " " + lastNames[random.nextInt(lastNames.length)];
    }

    /** A body as the generator needs it: name as printed, the line under the title, its people's organisations. */
    private record Body(String name, String placeLine, String shortName, List<String> organisations) {
    }

    private Body national(SplittableRandom random) {
        Gazetteer.Body body = nationalBodies.get(random.nextInt(nationalBodies.size()));
        return new Body(body.canonical(), null, "styregruppen", List.of("Danske Regioner", "KL", "Sundhedsstyrelsen",
                "Region Nordjylland", "Region Syddanmark", "PLO", "RKKP"));
    }

    private Body regional(SplittableRandom random) {
        String region = regions.get(random.nextInt(regions.size()));
        String committee = random.nextBoolean() ? "Regionsrådet" : "Udvalg for Nære Sundhedstilbud";
        return new Body(committee, region, committee.equals("Regionsrådet") ? "regionsrådet" : "udvalget", List.of(region));
    }

    private Body cluster(SplittableRandom random) {
        Gazetteer.Cluster cluster = gazetteer.clusters().get(random.nextInt(gazetteer.clusters().size()));
        String forum = random.nextBoolean() ? "Direktørforum" : "Koordinationsforum";
        List<String> organisations = new ArrayList<>(cluster.hospitals());
        cluster.municipalities().forEach(m -> organisations.add(m + " Kommune"));
        organisations.add(cluster.region());
        return new Body(forum + (forum.equals("Direktørforum") ? " – " : " - ") + cluster.name(), null, forum, organisations);
    }

    private Body municipal(SplittableRandom random) {
        Gazetteer.Municipality municipality = gazetteer.municipalities().get(random.nextInt(gazetteer.municipalities().size()));
        String committee = random.nextBoolean() ? "Sundheds- og Omsorgsudvalget" : "Social- og Sundhedsudvalget";
        return new Body(committee, municipality.officialName(), "udvalget", List.of(municipality.officialName()));
    }

    private static List<String[]> readNames() {
        try (InputStream in = MeetingFactory.class.getResourceAsStream("/generate/names.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t");
                    rows.add(Arrays.copyOfRange(cols, 1, cols.length));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
