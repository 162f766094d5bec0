package dk.beslutningsarkiv.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the test documents in layouts other than the samples' (DOCX with Word auto-numbering and a
 * table of contents, PDFs, HTML), so they go through the real extractor like imported files.
 */
final class FixtureDocuments {

    /** The fixtures by name; each writes its file into a folder and returns it. */
    static final List<String> NAMES = List.of("kommune-udvalg-referat.docx", "regionsraad-referat.pdf",
            "klynge-dagsorden.html", "ad-punkter-referat.docx", "firstagenda-referat.pdf", "rapport.pdf");

    private FixtureDocuments() {
    }

    static Path write(String name, Path dir) {
        Path file = dir.resolve(name);
        try {
            switch (name) {
                case "kommune-udvalg-referat.docx" -> municipalDocx(file);
                case "regionsraad-referat.pdf" -> pdf(file, regionalPdf());
                case "klynge-dagsorden.html" -> Files.writeString(file, clusterHtml(), StandardCharsets.UTF_8);
                case "ad-punkter-referat.docx" -> plainDocx(file, adMinutes());
                case "firstagenda-referat.pdf" -> pdf(file, firstAgendaPdf());
                case "rapport.pdf" -> pdf(file, report());
                default -> throw new IllegalArgumentException(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // ---- 1. A municipal committee in Word: auto-numbered item headings, a table of contents, a nested list.

    private static void municipalDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Heading1", "heading 1");
            style(styles, "Heading2", "heading 2");
            style(styles, "TOC1", "toc 1");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger items = numbering.addNum(numbering.addAbstractNum(decimalList(1)));
            BigInteger[] nested = {numbering.addNum(numbering.addAbstractNum(decimalList(2))),
                numbering.addNum(numbering.addAbstractNum(decimalList(3)))};
            para(doc, "Varde Kommune");
            para(doc, "REFERAT");
            para(doc, "Sundheds- og Omsorgsudvalget");
            para(doc, "Mødedato: Tirsdag den 12. marts 2024");
            para(doc, "Tid: 16.00 - 18.30");
            para(doc, "Sted: Mødelokale 3, Varde Rådhus");
            para(doc, "Medlemmer:");
            para(doc, "Formand Anne Kirstine Holm (V)");
            para(doc, "Næstformand Bo Kjeldsen (A)");
            para(doc, "Karen Lund (O)");
            para(doc, "Peter Mikkelsen (V)");
            para(doc, "Fraværende med afbud:");
            para(doc, "Karen Lund (O)");
            para(doc, "Indholdsfortegnelse");
            String[] titles = {"Godkendelse af dagsorden", "Budgetopfølgning 2024 for Sundhed og Omsorg",
                "Status på demensindsatsen i Varde Kommune", "Ansøgning om tilskud til træningsfaciliteter",
                "Forslag om madservice til borgere i eget hjem"};
            for (int i = 0; i < titles.length; i++) {
                XWPFParagraph toc = doc.createParagraph();
                toc.setStyle("TOC1");
                XWPFRun r = toc.createRun();
                r.setText((i + 1) + ". " + titles[i]);
                r.addTab();
                r.setText(String.valueOf(i + 2));
            }
            item(doc, items, titles[0]);
            heading2(doc, "Beslutning");
            para(doc, "Dagsordenen blev godkendt.");
            item(doc, items, titles[1]);
            heading2(doc, "Sagsfremstilling");
            para(doc, "Forvaltningen har udarbejdet budgetopfølgningen pr. 31. januar 2024. Der forventes et merforbrug på");
            para(doc, "hjemmeplejen, som skyldes flere borgere over 80 år.");
            heading2(doc, "Indstilling");
            para(doc, "Direktøren for Sundhed og Omsorg indstiller, at udvalget:");
            numbered(doc, nested[0], "Godkender budgetopfølgningen");
            numbered(doc, nested[0], "Tager orienteringen om hjemmeplejen til efterretning");
            heading2(doc, "Beslutning");
            para(doc, "Indstillingen blev godkendt.");
            item(doc, items, titles[2]);
            heading2(doc, "Sagsfremstilling");
            para(doc, "Demensindsatsen har tre spor:");
            numbered(doc, nested[1], "Tidlig opsporing");
            numbered(doc, nested[1], "Pårørendestøtte");
            numbered(doc, nested[1], "Uddannelse af personale");
            para(doc, "Demenskoordinator Lene Brandt, Varde Kommune, orienterer om status.");
            heading2(doc, "Indstilling");
            para(doc, "Det indstilles, at udvalget tager orienteringen til efterretning.");
            heading2(doc, "Beslutning");
            para(doc, "Udvalget tog orienteringen til efterretning.");
            item(doc, items, titles[3]);
            heading2(doc, "Indstilling");
            para(doc, "Det indstilles, at ansøgningen fremsendes til Økonomiudvalget med anbefaling.");
            heading2(doc, "Beslutning");
            para(doc, "Fremsendes til Økonomiudvalget til behandling.");
            item(doc, items, titles[4]);
            heading2(doc, "Beslutning");
            para(doc, "Punktet blev udsat til næste møde.");
            heading2(doc, "Bilag");
            para(doc, "Notat om madservice, februar 2024");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static XWPFAbstractNum decimalList(int id) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        return new XWPFAbstractNum(a);
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(s));
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void item(XWPFDocument doc, BigInteger num, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setNumID(num);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(title);
    }

    private static void heading2(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading2");
        p.createRun().setText(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger num, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    private static void plainDocx(Path file, List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                para(doc, line);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    // ---- 2. A regional council's minutes as a PDF: "Pkt." items, "Forslag" and "Beslutning".

    private static List<List<String>> regionalPdf() {
        return List.of(List.of(
                "Region Syddanmark",
                "Referat fra møde i Regionsrådet den 24. juni 2024 kl. 14.00",
                "Mødested: Regionshuset, Damhaven 12, Vejle",
                "Deltagere: Bo Libergren (V), Stephanie Lose (V), Poul-Erik Svendsen (A), Mette Bøgh (F)",
                "Afbud: Jørgen Bent Jensen (O)",
                "Pkt. 1 Godkendelse af dagsorden",
                "Beslutning",
                "Godkendt.",
                "Pkt. 2 Plan for nedbringelse af tvang i psykiatrien frem mod 2030 i Region",
                "Syddanmark",
                "Sagsfremstilling",
                "Psykiatrisygehuset har udarbejdet en plan, som bygger på erfaringerne fra LKT Tvang og",
                "projektet \"Sikker Psykiatri\". Planen har tre fokusområder, jf. bilag 1.",
                "Forslag",
                "Det foreslås, at regionsrådet godkender planen for nedbringelse af tvang.",
                "Beslutning",
                "Forslaget blev godkendt. Poul-Erik Svendsen bemærkede, at indsatsen skal følges tæt."),
            List.of(
                "Pkt. 3 Orientering om Akutplan og ventetider",
                "Forslag",
                "At regionsrådet tager orienteringen til efterretning.",
                "Beslutning",
                "Regionsrådet tiltrådte forslaget.",
                "Pkt. 4 Eventuelt",
                "Beslutning",
                "Intet."));
    }

    // ---- 3. A cluster agenda in HTML with a participants table.

    private static String clusterHtml() {
        return """
                <html><head><meta charset="utf-8"><title>Dagsorden</title></head><body>
                <h1>Dagsorden til møde i Politisk Styregruppe – Sundhedsklynge Nord</h1>
                <p>Mødedato: Fredag den 6. september 2024 kl. 9.00-11.00</p>
                <p>Sted: Sygehus Vendsyssel, Hjørring, mødelokale 2</p>
                <h2>Deltagere</h2>
                <table>
                <tr><th>Navn</th><th>Organisation</th><th>Rolle</th></tr>
                <tr><td>Søren Smalbro</td><td>Hjørring Kommune</td><td>Formand</td></tr>
                <tr><td>Mette Ørum Jensen</td><td>Frederikshavn Kommune</td><td>Næstformand</td></tr>
                <tr><td>Ulrik Wilbek</td><td>Region Nordjylland</td><td>Medlem</td></tr>
                <tr><td>Kirsten Moesgaard</td><td>Brønderslev Kommune</td><td>Medlem</td></tr>
                </table>
                <h2>Afbud</h2>
                <p>Tobias Birch Johansen, Læsø Kommune</p>
                <h2>1. Velkomst og godkendelse af dagsorden v/ Søren Smalbro</h2>
                <h3>Indstilling</h3>
                <p>Det indstilles, at dagsordenen godkendes.</p>
                <h2>2. Status på Kom Trygt Hjem i klyngen</h2>
                <h3>Resumé</h3>
                <p>Sygehus Vendsyssel og de fire kommuner har siden 2023 arbejdet med "Kom Trygt Hjem".</p>
                <ol><li>Udskrivning med opfølgende hjemmebesøg</li><li>Fælles tjekliste</li></ol>
                <h3>Indstilling</h3>
                <ul><li>At styregruppen drøfter status og næste skridt</li></ul>
                <h3>Bilag</h3>
                <ul><li>Statusnotat Kom Trygt Hjem, august 2024</li><li>Data for genindlæggelser</li></ul>
                <h2>3. Eventuelt</h2>
                </body></html>
                """;
    }

    // ---- 4. Minutes whose items are headed "Ad 1.", "Ad 2." with the minutes as plain prose.

    private static List<String> adMinutes() {
        return List.of(
                "Referat af møde i Ældrerådet, Holbæk Kommune",
                "Torsdag den 14. november 2024 kl. 10-12 på Holbæk Rådhus",
                "Til stede: Grethe Nielsen, Hans Erik Poulsen og Inger Marie Dahl",
                "Fraværende: Jens Peter Lund",
                "Ad 1. Godkendelse af dagsorden",
                "Dagsordenen blev godkendt.",
                "Ad 2. Høring om kvalitetsstandard for hjemmehjælp",
                "Rådet drøftede høringen. Grethe Nielsen udarbejder et høringssvar.",
                "Ad 3. Næste møde",
                "Det blev aftalt, at næste møde holdes den 12. december 2024.");
    }

    // ---- 5. A FirstAgenda PDF export: pages, table of contents, case numbers, Sagsforløb, a closed item.

    private static List<List<String>> firstAgendaPdf() {
        return List.of(List.of(
                "Horsens Kommune",
                "Referat",
                "Sundhedsudvalget",
                "Mødedato: Onsdag den 4. juni 2025 kl. 15:00 - 17:00",
                "Mødested: Rådhuset, lokale 1.12",
                "Indholdsfortegnelse",
                "Punkt 1: Godkendelse af dagsorden ........................ 2",
                "Punkt 2: Forebyggelsespakke for alkohol ........................ 3",
                "Punkt 3: Lukket: Personalesag ........................ 4",
                "Punkt 4: Evaluering af akutteamet ........................ 5"),
            List.of(
                "Punkt 1: Godkendelse af dagsorden",
                "EMN-2025-004411",
                "Beslutning",
                "Godkendt."),
            List.of(
                "Punkt 2: Forebyggelsespakke for alkohol",
                "EMN-2025-003120",
                "Resumé",
                "Sundhedsstyrelsens forebyggelsespakke for alkohol skal implementeres lokalt.",
                "Beslutningspunkter",
                "Sundhed og Omsorg indstiller:",
                "At 1) Sundhedsudvalget godkender handleplanen for alkoholforebyggelse.",
                "Sagsforløb:",
                "Udvalg: Sundhedsudvalget",
                "Dato: 07-05-2025",
                "Punktnummer: 5",
                "Sagen blev udsat.",
                "Beslutning i Sundhedsudvalget den 4. juni 2025",
                "Godkendt. Fremsendes til Byrådet til orientering."),
            List.of(
                "Punkt 3: Lukket: Personalesag",
                "EMN-2025-005002"),
            List.of(
                "Punkt 4: Evaluering af akutteamet",
                "EMN-2024-011873",
                "Beslutningspunkter",
                "At 1) Sundhedsudvalget tager evalueringen til efterretning.",
                "Beslutning i Sundhedsudvalget den 7. maj 2025",
                "Udsat.",
                "Beslutning i Sundhedsudvalget den 4. juni 2025",
                "Taget til efterretning."));
    }

    // ---- 6. Not minutes: a report with numbered chapters.

    private static List<List<String>> report() {
        return List.of(List.of(
                "Årsrapport 2024",
                "Kvalitet i akutmodtagelsen",
                "Udarbejdet af Center for Kvalitet, marts 2025",
                "1. Indledning",
                "Rapporten beskriver udviklingen i ventetider og genindlæggelser i 2024.",
                "2. Resultater",
                "Ventetiden faldt fra 4,1 til 3,6 timer. Andelen af genindlæggelser var uændret.",
                "3. Anbefalinger",
                "Rapporten anbefaler en fælles tjekliste ved udskrivning."));
    }

    private static void pdf(Path file, List<List<String>> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(16);
                    cs.newLineAtOffset(50, 740);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    static List<String> lines(List<List<String>> pages) {
        List<String> all = new ArrayList<>();
        pages.forEach(all::addAll);
        return all;
    }
}
