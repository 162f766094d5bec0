package dk.beslutningsarkiv.api;

import static dk.beslutningsarkiv.api.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.beslutningsarkiv.minutes.AgendaItem;
import dk.beslutningsarkiv.minutes.DocumentType;
import dk.beslutningsarkiv.minutes.Meeting;
import dk.beslutningsarkiv.minutes.Outcome;
import dk.beslutningsarkiv.minutes.Section;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The read endpoints over a real socket against the samples, with no upload token and one allowed origin. */
class ReadEndpointsTest {

    static final String MEETING = "2024-08-28-styregruppen-for-laerings-og-kvalitetsteams-referat";
    static final String ORIGIN = "https://intra.example.dk";

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(tmp, null, 1024 * 1024, List.of(ORIGIN));
        // Two bodies handling one case: the samples carry no item case numbers.
        server.archive.index().putMeeting(meetingWithCase("2022-05-01-regionsraadet-referat", "Regionsrådet",
                LocalDate.of(2022, 5, 1)), "a".repeat(64));
        server.archive.index().putMeeting(meetingWithCase("2021-03-01-sundhedsklynge-dagsorden", "Sundhedsklyngen",
                LocalDate.of(2021, 3, 1)), "b".repeat(64));
        server.archive.index().commit();
    }

    static Meeting meetingWithCase(String id, String committee, LocalDate date) {
        AgendaItem item = new AgendaItem(1, "Budget for " + committee, null, "EMN-2020-00042", false,
                List.of(new Section("Sagsfremstilling", "Sagen om budgettet.")), null, "Godkendt.", Outcome.GODKENDT,
                List.of(), List.of(), List.of());
        return new Meeting(id, DocumentType.REFERAT, committee, date, null, null, null, null, List.of("Hele landet"),
                List.of(), List.of(), List.of(item), List.of(), List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aMeetingAnswersWithItsItemsAndTheLinkToItsOriginal() throws Exception {
        HttpResponse<String> response = server.get("/api/meetings/" + MEETING);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("id").asText()).isEqualTo(MEETING);
        assertThat(body.get("items").size()).isPositive();
        assertThat(body.get("original").asText()).isEqualTo("/api/meetings/" + MEETING + "/original");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void unknownAndMalformedMeetingIdsAre404InJsonWithoutInternals() throws Exception {
        for (String id : List.of("2099-01-01-findes-ikke", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "STORE-BOGSTAVER")) {
            HttpResponse<String> response = server.get("/api/meetings/" + id);

            assertThat(response.statusCode()).as(id).isEqualTo(404);
            assertThat(json(response).get("status").asInt()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain(tmp.toString());
        }
    }

    @Test
    void anItemAnswersWithItsMeetingsIdCommitteeAndDate() throws Exception {
        HttpResponse<String> item = server.get("/api/meetings/" + MEETING + "/items/3");
        HttpResponse<String> missing = server.get("/api/meetings/" + MEETING + "/items/99");
        HttpResponse<String> notANumber = server.get("/api/meetings/" + MEETING + "/items/tre");

        assertThat(item.statusCode()).isEqualTo(200);
        JsonNode body = json(item);
        assertThat(body.get("meetingId").asText()).isEqualTo(MEETING);
        assertThat(body.get("meetingDate").asText()).isEqualTo("2024-08-28");
        assertThat(body.get("number").asInt()).isEqualTo(3);
        assertThat(body.get("url").asText()).isEqualTo("/moeder/" + MEETING + "#punkt-3");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(notANumber.statusCode()).isEqualTo(404);
    }

    @Test
    void theOriginalComesWithItsContentTypeFileNameAndEtag() throws Exception {
        HttpResponse<byte[]> response = server.sendForBytes(server.request("/api/meetings/" + MEETING + "/original"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"0");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        HttpResponse<String> again = server.send(server.request("/api/meetings/" + MEETING + "/original")
                .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void searchRefusesBadParametersWith400AndAMessage() throws Exception {
        for (String query : List.of("size=101", "size=0", "page=0", "page=abc", "from=2024-13-01", "to=igår",
                "from=2024-02-01&to=2024-01-01", "sort=alfabetisk", "format=xml", "page=1000&size=100", "year=abc",
                "year=20233", "outcome=foo", "type=protokol")) {
            HttpResponse<String> response = server.get("/api/search?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(query).isNotBlank();
        }
        assertThat(server.get("/api/search?size=100&from=2021-01-01&to=2025-12-31").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/search?year=2024&outcome=taget%20til%20efterretning&type=Referat&q=100%25")
                .statusCode()).isEqualTo(200);
        assertThat(json(server.get("/api/search?type=REFERAT")).get("total").asInt())
                .isEqualTo(json(server.get("/api/search?type=referat")).get("total").asInt()).isPositive();
        TestServer.RawAnswer brokenEscape = server.rawGet("/api/search?q=%ZZ");
        assertThat(brokenEscape.status()).isEqualTo(400);
        assertThat(brokenEscape.body()).contains("write % as %25");
        assertThat(json(server.get("/api/search?outcome=foo")).get("error").asText())
                .isEqualTo("outcome must be one of godkendt, taget til efterretning, drøftet, besluttet, udsat, afvist,"
                        + " oversendt, not \"foo\"");
    }

    @Test
    void theCsvExportHoldsEveryMatchingItemAndParsesBack() throws Exception {
        long total = json(server.get("/api/search?size=1")).get("total").asLong();

        HttpResponse<String> response = server.get("/api/search?format=csv&size=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(response.body());
        assertThat(rows.get(0)).containsExactly("id", "meetingId", "number", "title", "committee", "meetingDate",
                "documentType", "outcome", "url");
        assertThat(rows).hasSize((int) total + 1);
        List<String> lkt = rows.stream().filter(r -> r.get(0).equals(MEETING + "-punkt-3")).findFirst().orElseThrow();
        assertThat(lkt.get(5)).isEqualTo("2024-08-28");
        assertThat(lkt.get(8)).isEqualTo("http://localhost:" + server.app.port() + "/moeder/" + MEETING + "#punkt-3");
    }

    @Test
    void aCsvExportOfABadQueryIsA400InJson() throws Exception {
        HttpResponse<String> response = server.get("/api/search?format=csv&q=%22ulukket");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void theAtomFeedListsTheSearchNewestFirstAndParsesAsAtom() throws Exception {
        HttpResponse<String> response = server.get("/api/search.atom?q=tvang");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isPositive();
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            updated.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
            assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent())
                    .startsWith("http://localhost:" + server.app.port() + "/moeder/");
        }
        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void projectsAreListedWithTheirCountsAndFirstAndLastDates() throws Exception {
        HttpResponse<String> response = server.get("/api/projects");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tvang = null;
        for (JsonNode p : json(response).get("projects")) {
            if (p.get("name").asText().equals("LKT Tvang")) {
                tvang = p;
            }
        }
        assertThat(tvang).isNotNull();
        assertThat(tvang.get("items").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(tvang.get("firstDate").asText()).isEqualTo("2023-08-23");
        assertThat(tvang.get("lastDate").asText()).isEqualTo("2024-08-28");
    }

    @Test
    void aProjectsTimelineRunsOldestFirstAcrossCommittees() throws Exception {
        HttpResponse<String> response = server.get("/api/projects/Kom%20Trygt%20Hjem");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> dates = new ArrayList<>();
        List<String> committees = new ArrayList<>();
        json(response).get("items").forEach(i -> {
            dates.add(i.get("meetingDate").asText());
            committees.add(i.get("committee").asText());
        });
        assertThat(dates).isSorted().contains("2023-08-23", "2024-08-28");
        assertThat(committees.stream().distinct().count()).isGreaterThan(1);
        assertThat(server.get("/api/projects/Findes%20ikke").statusCode()).isEqualTo(404);
    }

    @Test
    void aPersonsSpellingVariantsAreMergedIntoOneProfile() throws Exception {
        HttpResponse<String> response = server.get("/api/people/Mariane%20Therkelsen");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        List<String> variants = new ArrayList<>();
        body.get("variants").forEach(v -> variants.add(v.asText()));
        assertThat(variants).contains("Mariane Therkelsen", "Marianne Terkelsen");
        List<String> meetings = new ArrayList<>();
        body.get("meetings").forEach(m -> meetings.add(m.get("meetingId").asText()));
        assertThat(meetings).contains("2021-02-10-styregruppen-for-laerings-og-kvalitetsteams-referat", MEETING);
        List<String> items = new ArrayList<>();
        body.get("items").forEach(i -> items.add(i.get("item").get("id").asText()));
        assertThat(items).contains(MEETING + "-punkt-3");
        assertThat(server.get("/api/people/Ingen%20S%C3%A5dan").statusCode()).isEqualTo(404);
    }

    @Test
    void aCaseListsEveryItemThatHandledItAcrossBodiesOldestFirst() throws Exception {
        HttpResponse<String> response = server.get("/api/cases/EMN-2020-00042");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> committees = new ArrayList<>();
        json(response).get("items").forEach(i -> committees.add(i.get("committee").asText()));
        assertThat(committees).containsExactly("Sundhedsklyngen", "Regionsrådet");
        assertThat(server.get("/api/cases/EMN-1999-00000").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/cases/%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(json(server.get("/api/search?q=EMN-2020-00042")).get("total").asInt()).isEqualTo(2);
        assertThat(json(server.get("/api/search?q=Sagsnr.:%20emn-2020-00042")).get("total").asInt()).isEqualTo(2);
        assertThat(server.get("/api/search?q=23/12345").statusCode()).isEqualTo(200);
        HttpResponse<String> lowerCase = server.get("/api/cases/emn-2020-00042");
        assertThat(json(lowerCase).get("caseNumber").asText()).isEqualTo("EMN-2020-00042");
        assertThat(json(lowerCase).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void uploadsAndDeletesAreRefusedWith403WhenNoTokenIsConfigured() throws Exception {
        HttpResponse<String> upload = server.send(TestServer.upload(server.request("/api/documents")
                .header("Authorization", "Bearer noget"), "a.txt", "tekst".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> delete = server.send(server.request("/api/meetings/" + MEETING).DELETE());

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(json(upload).get("status").asInt()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void corsIsAllowedForTheConfiguredOriginOnReadEndpointsOnly() throws Exception {
        HttpResponse<String> allowed = server.send(server.request("/api/health").header("Origin", ORIGIN));
        HttpResponse<String> other = server.send(server.request("/api/health").header("Origin", "https://ond.example"));
        HttpResponse<String> readPreflight = server.send(server.request("/api/search")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET"));
        HttpResponse<String> uploadPreflight = server.send(server.request("/api/documents")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST"));

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(readPreflight.statusCode()).isEqualTo(204);
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
        assertThat(uploadPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void answersAreGzippedWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> response = server.sendForBytes(server.request("/api/meetings/" + MEETING)
                .header("Accept-Encoding", "gzip"));

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertThat(TestServer.JSON.readTree(plain).get("id").asText()).isEqualTo(MEETING);
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheOneErrorShape() throws Exception {
        HttpResponse<String> path = server.get("/api/findes/ikke");
        HttpResponse<String> method = server.send(server.request("/api/health")
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(path.statusCode()).isEqualTo(404);
        assertThat(json(path).fieldNames()).toIterable().containsExactly("error", "status");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(json(method).get("error").asText()).isEqualTo("PUT is not allowed on /api/health");
        assertThat(json(method).get("status").asInt()).isEqualTo(405);
    }
}
