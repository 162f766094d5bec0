package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;

/** A section while it is being collected: heading (null for untitled text), kind and its lines. */
record RawSection(String heading, SectionKind kind, List<Line> lines) {

    static RawSection open(String heading, SectionKind kind) {
        return new RawSection(heading, kind, new ArrayList<>());
    }
}
