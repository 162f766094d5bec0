package dk.beslutningsarkiv.minutes;

/**
 * Where one agenda item sits among the lines: {@code start} is its title line, {@code bodyStart} the
 * first line after the (possibly wrapped) title, {@code end} the first line of the next item.
 */
record ItemSpan(int number, String title, String caseNumber, int start, int bodyStart, int end) {
}
