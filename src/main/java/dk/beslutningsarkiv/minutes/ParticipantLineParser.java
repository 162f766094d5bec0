package dk.beslutningsarkiv.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one participant line: "Erik Jylling, Danske Regioner (formand)", "Eva Knudsen, direktør i Region
 * Nordjylland (medformand)", "Formand Anne Hansen (A)", "Perle Darsø, Region Hovedstaden – deltager under
 * punkt 1", a bare name, or a one-line list "Anne Hansen, Bo Jensen og Ida Holm".
 */
final class ParticipantLineParser {

    /** A parsed person and whether the line itself marks them absent ("(afbud)"). */
    record Parsed(Participant participant, boolean absent) {
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[-–•*·▪◦o]|\\d{1,2}[.)])\\s+");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PARTY = Pattern.compile("^[A-ZÆØÅ]{1,3}(?:\\s*(?:,|og)\\s*[A-ZÆØÅ]{1,3})*$");
    private static final Pattern NOTE = Pattern.compile("\\s+[–—-]\\s+(?=\\p{Ll})");
    private static final Pattern ROLE_IN_ORG = Pattern.compile("^(.*?\\S)\\s+(?:i|ved|for|på|hos|fra)\\s+(\\p{Lu}.*)$");
    private static final Pattern ABSENT = Pattern.compile("(?i)^(afbud|fraværende|ikke til stede|forfald|meldt afbud)$");
    // Compiled once: String.split and replaceAll compile their expression on every call.
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;.\\s]+$");
    private static final Pattern PIECE_BREAK = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern AND = Pattern.compile("\\s+(?:og|&)\\s+");
    private static final Pattern PERSON_BREAK = Pattern.compile(PIECE_BREAK.pattern() + "|" + AND.pattern());
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ParticipantLineParser() {
    }

    static List<Parsed> parse(String line) {
        String text = BULLET.matcher(Folding.collapse(line)).replaceFirst("");
        List<String> people = separatePeople(text);
        if (people.size() > 1) {
            List<Parsed> out = new ArrayList<>();
            people.forEach(p -> out.addAll(parse(p)));
            return out;
        }
        Matcher note = NOTE.matcher(text);
        if (note.find()) {
            text = text.substring(0, note.start());
        }
        List<String> roles = new ArrayList<>();
        String party = null;
        boolean absent = false;
        Matcher paren = PAREN.matcher(text);
        while (paren.find()) {
            String inner = paren.group(1).strip();
            if (PARTY.matcher(inner).matches()) {
                party = inner;
            } else if (ABSENT.matcher(inner).matches()) {
                absent = true;
            } else if (PersonNames.containsRole(inner)) {
                roles.add(inner);
            }
        }
        text = TRAILING_PUNCTUATION.matcher(SPACE_BEFORE_COMMA.matcher(Folding.collapse(PAREN.matcher(text).replaceAll(" ")))
                .replaceAll(",")).replaceAll("");
        List<String> pieces = new ArrayList<>(List.of(PIECE_BREAK.split(text)));
        pieces.removeIf(String::isBlank);
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<String> names = commaListOfNames(pieces);
        if (names.size() > 1) {
            List<Parsed> out = new ArrayList<>();
            for (String n : names) {
                out.add(new Parsed(new Participant(n, null, null), absent));
            }
            return out;
        }
        Optional<String[]> named = nameWithRolePrefix(pieces.get(0));
        if (named.isEmpty()) {
            return List.of();
        }
        List<String> pieceRoles = new ArrayList<>();
        if (named.get()[1] != null) {
            pieceRoles.add(named.get()[1]);
        }
        String org = null;
        for (String piece : pieces.subList(1, pieces.size())) {
            String[] ro = roleAndOrganisation(piece);
            if (ro[0] != null) {
                pieceRoles.add(ro[0]);
            }
            if (ro[1] != null && org == null) {
                org = ro[1];
            }
        }
        pieceRoles.addAll(roles);
        String role = pieceRoles.isEmpty() ? null : String.join(", ", pieceRoles);
        if (org == null && party != null) {
            org = party;
        }
        return List.of(new Parsed(new Participant(named.get()[0], org, role), absent));
    }

    /** "Bo Libergren (V), Stephanie Lose (V) og Mette Bøgh (F)": one piece per person, or one piece when not such a list. */
    private static List<String> separatePeople(String text) {
        List<String> pieces = new ArrayList<>();
        for (String p : PERSON_BREAK.split(text)) {
            String name = Folding.collapse(PAREN.matcher(p).replaceAll(" "));
            Optional<String[]> named = name.isEmpty() ? Optional.empty() : nameWithRolePrefix(name);
            if (named.isEmpty()) {
                return List.of(text);
            }
            pieces.add(p.strip());
        }
        return pieces.size() > 1 ? pieces : List.of(text);
    }

    /** "Anne Hansen, Bo Jensen og Ida Holm" as names, or an empty list when any piece is not a name. */
    private static List<String> commaListOfNames(List<String> pieces) {
        List<String> names = new ArrayList<>();
        for (String p : pieces) {
            for (String n : AND.split(p)) {
                if (!PersonNames.looksLikeName(n)) {
                    return List.of();
                }
                names.add(n.strip());
            }
        }
        return names;
    }

    /** The name and a role printed before it ("Hospitalsdirektør Anne Hansen"); empty when no name. */
    private static Optional<String[]> nameWithRolePrefix(String piece) {
        if (PersonNames.looksLikeName(piece)) {
            return Optional.of(new String[] {piece, null});
        }
        String[] words = SPACES.split(piece);
        for (int i = 1; i < words.length - 1; i++) {
            String head = String.join(" ", List.of(words).subList(0, i));
            String rest = String.join(" ", List.of(words).subList(i, words.length));
            if (PersonNames.isRole(words[i - 1]) && PersonNames.looksLikeName(rest)) {
                return Optional.of(new String[] {rest, head});
            }
        }
        return Optional.empty();
    }

    /** Splits "direktør i Region Nordjylland", "kontorchef Region Nordjylland", "Sygeplejefaglig direktør", "KL". */
    static String[] roleAndOrganisation(String piece) {
        String p = piece.strip();
        if (!PersonNames.containsRole(p)) {
            return new String[] {null, p.isEmpty() ? null : p};
        }
        Matcher in = ROLE_IN_ORG.matcher(p);
        if (in.matches() && PersonNames.containsRole(in.group(1))) {
            return new String[] {in.group(1), in.group(2)};
        }
        String[] words = SPACES.split(p);
        int lastRole = -1;
        for (int i = 0; i < words.length; i++) {
            if (PersonNames.isRole(words[i])) {
                lastRole = i;
            }
        }
        if (lastRole >= 0 && lastRole < words.length - 1 && Character.isUpperCase(words[lastRole + 1].codePointAt(0))) {
            String role = String.join(" ", List.of(words).subList(0, lastRole + 1));
            String org = String.join(" ", List.of(words).subList(lastRole + 1, words.length));
            return new String[] {role, org};
        }
        return new String[] {p, null};
    }

    static boolean isAbsentWord(String s) {
        return ABSENT.matcher(s.toLowerCase(Locale.ROOT).strip()).matches();
    }
}
