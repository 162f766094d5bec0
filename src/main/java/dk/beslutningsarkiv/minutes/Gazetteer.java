package dk.beslutningsarkiv.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The place and body knowledge the parser needs: municipalities, dated regions, sundhedsklynger, known
 * bodies and projects, read from data files under /data on the classpath (users may add projects).
 */
public record Gazetteer(List<Municipality> municipalities, List<RegionPeriod> regions, List<Cluster> clusters,
        List<Body> bodies, List<Project> projects) {

    /** The region name used for national bodies. */
    public static final String WHOLE_COUNTRY = "Hele landet";

    /** A municipality: short name ("Aarhus"), official name ("Aarhus Kommune") and region (2007-2026). */
    public record Municipality(String name, String officialName, String region) {
    }

    /** A region valid from one date to another (null = open), and its successor after. */
    public record RegionPeriod(String name, LocalDate validFrom, LocalDate validTo, String successor) {
    }

    /** A sundhedsklynge: name, region, hospitals and municipalities (short names). */
    public record Cluster(String name, String region, List<String> hospitals, List<String> municipalities) {
        public Cluster {
            hospitals = List.copyOf(hospitals);
            municipalities = List.copyOf(municipalities);
        }
    }

    /** A body with its canonical name, aliases and region ("" = resolve from name and participants). */
    public record Body(String canonical, List<String> aliases, String region) {
        public Body {
            aliases = List.copyOf(aliases);
        }
    }

    /** A project with its canonical name and aliases. */
    public record Project(String canonical, List<String> aliases) {
        public Project {
            aliases = List.copyOf(aliases);
        }
    }

    public Gazetteer {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        clusters = List.copyOf(clusters);
        bodies = List.copyOf(bodies);
        projects = List.copyOf(projects);
    }

    /** The data bundled under /data on the classpath. */
    public static Gazetteer bundled() {
        List<Municipality> municipalities = new ArrayList<>();
        for (String[] r : TsvTable.classpath("/data/kommuner.tsv")) {
            municipalities.add(new Municipality(TsvTable.cell(r, 0), TsvTable.cell(r, 1), TsvTable.cell(r, 2)));
        }
        List<RegionPeriod> regions = new ArrayList<>();
        for (String[] r : TsvTable.classpath("/data/regions.tsv")) {
            regions.add(new RegionPeriod(TsvTable.cell(r, 0), date(TsvTable.cell(r, 1)), date(TsvTable.cell(r, 2)),
                    TsvTable.cell(r, 3).isBlank() ? null : TsvTable.cell(r, 3)));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (String[] r : TsvTable.classpath("/data/sundhedsklynger.tsv")) {
            clusters.add(new Cluster(TsvTable.cell(r, 0), TsvTable.cell(r, 1), TsvTable.bars(TsvTable.cell(r, 2)),
                    TsvTable.bars(TsvTable.cell(r, 3))));
        }
        List<Body> bodies = new ArrayList<>();
        for (String[] r : TsvTable.classpath("/data/bodies.tsv")) {
            bodies.add(new Body(TsvTable.cell(r, 0), TsvTable.bars(TsvTable.cell(r, 1)), TsvTable.cell(r, 2)));
        }
        return new Gazetteer(municipalities, regions, clusters, bodies, projects(TsvTable.classpath("/data/projects.tsv")));
    }

    /** This gazetteer with the projects of an extra file (same format as projects.tsv) added after the bundled ones. */
    public Gazetteer withProjectsFile(Path file) {
        List<Project> all = new ArrayList<>(projects);
        all.addAll(projects(TsvTable.file(file)));
        return new Gazetteer(municipalities, regions, clusters, bodies, all);
    }

    private static List<Project> projects(List<String[]> rows) {
        List<Project> projects = new ArrayList<>();
        for (String[] r : rows) {
            if (!TsvTable.cell(r, 0).isBlank()) {
                projects.add(new Project(TsvTable.cell(r, 0), TsvTable.bars(TsvTable.cell(r, 1))));
            }
        }
        return projects;
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s);
    }

    /**
     * The name of a region on a date: a region that no longer exists then becomes its successor
     * (Region Sjælland in 2027 is Region Østdanmark). Unknown names come back unchanged.
     */
    public String regionOn(String region, LocalDate date) {
        if (date == null) {
            return region;
        }
        for (RegionPeriod p : regions) {
            if (p.name().equals(region) && p.validTo() != null && date.isAfter(p.validTo()) && p.successor() != null) {
                return p.successor();
            }
        }
        return region;
    }
}
