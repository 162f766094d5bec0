package dk.beslutningsarkiv.minutes;

/** A person present at or absent from a meeting; organisation and role are null when not printed. */
public record Participant(String name, String organisation, String role) {
}
