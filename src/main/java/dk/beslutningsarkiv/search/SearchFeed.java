package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A search as an Atom feed (RFC 4287), newest meetings first, so a saved search can be followed in
 * a feed reader. Undated items are left out: a feed orders by date and they have none.
 */
public final class SearchFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final ArchiveSearcher searcher;

    public SearchFeed(ArchiveSearcher searcher) {
        this.searcher = searcher;
    }

    /** The feed's own addresses: the archive's base URL, the feed URL, and the page showing the same search. */
    public record Links(String base, String self, String page) {
    }

    /** Runs the search newest first and writes the feed; the request's page and size pick the entries. */
    public void write(SearchRequest request, String title, Links links, Writer out)
            throws QuerySyntaxException, IOException {
        SearchRequest newestFirst = new SearchRequest(request.query(), request.filters(), request.from(), request.to(),
                SearchRequest.SortOrder.DATE, request.page(), request.size());
        List<SearchHit> hits = searcher.search(newestFirst).hits().stream().filter(h -> h.meetingDate() != null).toList();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", links.self());
            element(xml, "title", title);
            element(xml, "updated", hits.isEmpty() ? Instant.now().toString() : timestamp(hits.get(0).meetingDate()));
            link(xml, "self", links.self(), "application/atom+xml");
            link(xml, "alternate", links.page(), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Beslutningsarkiv");
            xml.writeEndElement();
            for (SearchHit hit : hits) {
                entry(xml, hit, links.base());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("the feed could not be written", e);
        }
    }

    private static void entry(XMLStreamWriter xml, SearchHit hit, String base) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", base + hit.url());
        element(xml, "title", hit.committee() + " " + hit.meetingDate() + ", punkt " + hit.number() + ": " + hit.title());
        element(xml, "updated", timestamp(hit.meetingDate()));
        link(xml, "alternate", base + hit.url(), "text/html");
        if (hit.committee() != null) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", hit.committee());
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(hit.snippet());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String timestamp(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }
}
