package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.extract.Extraction;
import dk.beslutningsarkiv.extract.ExtractionException;
import dk.beslutningsarkiv.extract.TikaExtractor;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.minutes.Meeting;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parse FILE}: prints the parsed meeting as JSON; touches no index. */
@Command(name = "parse", description = "Print the parsed meeting of one file as JSON.")
final class ParseCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "FILE", description = "a PDF, DOCX, DOC, ODT, RTF, HTML or TXT file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (TikaExtractor extractor = new TikaExtractor()) {
            Extraction extraction = extractor.extract(file);
            Meeting meeting = Archives.parser(data.dataDir).parse(extraction.text(), file.getFileName().toString());
            spec.commandLine().getOut().println(MeetingJson.writePretty(meeting));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("parse: " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
