package dk.beslutningsarkiv.generate;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The layouts synthetic minutes are written in, as real secretariats print them: the classic
 * "Referat af møde i ..." memo, FirstAgenda's "Punkt N:" export with a table of contents, case
 * numbers and form feeds, and the form with Tid/Sted/Mødeleder fields.
 */
enum Templates {
    CLASSIC {
        @Override
        String write(SyntheticMeeting m) {
            StringBuilder out = new StringBuilder();
            out.append(m.minutes() ? "Referat af møde i " : "Dagsorden til møde i ").append(m.committee())
                    .append(" den ").append(longDate(m)).append('\n');
            if (m.placeLine() != null) {
                out.append(m.placeLine()).append('\n');
            }
            out.append("\nTid: kl. ").append(m.startTime().replace(':', '.')).append('-').append(m.endTime().replace(':', '.'))
                    .append("\nSted: ").append(m.location()).append("\n\nDeltagere\n");
            m.participants().forEach(p -> out.append("- ").append(person(p)).append('\n'));
            if (!m.absent().isEmpty()) {
                out.append("\nAfbud\n");
                m.absent().forEach(p -> out.append("- ").append(person(p)).append('\n'));
            }
            for (SyntheticMeeting.Item item : m.items()) {
                out.append('\n').append(item.number()).append(". ").append(item.title())
                        .append(item.presenter() == null ? "" : " v. " + item.presenter()).append("\n\n")
                        .append("Sagsfremstilling\n").append(item.presentation()).append("\n\n")
                        .append("Indstilling\n").append(item.recommendation()).append('\n');
                if (item.decision() != null) {
                    out.append("\nBeslutning\n").append(item.decision()).append('\n');
                }
            }
            return out.toString();
        }
    },
    FIRST_AGENDA {
        @Override
        String write(SyntheticMeeting m) {
            StringBuilder out = new StringBuilder();
            out.append(m.minutes() ? "REFERAT " : "DAGSORDEN ").append(m.committee())
                    .append(m.placeLine() == null ? "" : ", " + m.placeLine())
                    .append(String.format(" d. %02d-%02d-%d%n%n", m.date().getDayOfMonth(), m.date().getMonthValue(), m.date().getYear()))
                    .append("Mødedato ").append(weekday(m)).append(" d. ").append(longDate(m)).append(" kl. ").append(m.startTime())
                    .append("\n\nMødested ").append(m.location()).append("\n\nIndholdsfortegnelse\n\n");
            int page = 2;
            for (SyntheticMeeting.Item item : m.items()) {
                out.append(item.title()).append(".....\t").append(page++).append('\n');
            }
            for (SyntheticMeeting.Item item : m.items()) {
                out.append("\f\nPunkt ").append(item.number()).append(": ").append(item.title()).append('\n');
                if (item.caseNumber() != null) {
                    out.append(item.caseNumber()).append('\n');
                }
                out.append("\nSAGSFREMSTILLING\n\n").append(item.presentation()).append("\n\nINDSTILLING\n\n")
                        .append(item.recommendation()).append('\n');
                if (item.decision() != null) {
                    out.append("\nBeslutning\n\n").append(item.decision()).append('\n');
                }
            }
            return out.toString();
        }
    },
    FORM {
        @Override
        String write(SyntheticMeeting m) {
            StringBuilder out = new StringBuilder();
            out.append("Møde ").append(m.committee()).append(m.placeLine() == null ? "" : ", " + m.placeLine()).append('\n')
                    .append("Tid ").append(weekday(m)).append(" d. ").append(longDate(m)).append(", kl. ")
                    .append(m.startTime()).append('-').append(m.endTime()).append('\n')
                    .append("Sted ").append(m.location()).append('\n')
                    .append("Mødeleder ").append(m.participants().get(0).name()).append("\n\nDeltagere\n")
                    .append(m.participants().stream().map(Templates::person).collect(Collectors.joining("\n"))).append('\n');
            if (!m.absent().isEmpty()) {
                out.append("\nAfbud\n").append(m.absent().stream().map(Templates::person).collect(Collectors.joining("\n"))).append('\n');
            }
            for (SyntheticMeeting.Item item : m.items()) {
                out.append('\n').append(item.number()).append(". ").append(item.title()).append("\n\n")
                        .append(item.presentation()).append("\n\n").append(item.recommendation()).append('\n');
                if (item.decision() != null) {
                    out.append("\nReferat\n").append(item.decision()).append('\n');
                }
            }
            return out.toString();
        }
    };

    private static final Locale DANISH = Locale.forLanguageTag("da");

    abstract String write(SyntheticMeeting meeting);

    private static String longDate(SyntheticMeeting m) {
        return m.date().getDayOfMonth() + ". " + m.date().getMonth().getDisplayName(TextStyle.FULL, DANISH) + " " + m.date().getYear();
    }

    private static String weekday(SyntheticMeeting m) {
        String day = m.date().getDayOfWeek().getDisplayName(TextStyle.FULL, DANISH);
        return Character.toUpperCase(day.charAt(0)) + day.substring(1);
    }

    private static String person(SyntheticMeeting.Person p) {
        return p.name() + ", " + p.organisation() + (p.role() == null ? "" : " (" + p.role() + ")");
    }
}
