package dk.beslutningsarkiv.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, where the JDK's sentence rules put them (see
 * {@link #isBoundary}): after "?" or "!", or after "." when the next sentence starts with a
 * capital letter (so not after "f.eks. at", "kl. 14" or "1. januar"), each with any closing
 * quotes or brackets and the spaces that follow; and after a paragraph separator. Found by
 * looking at the few characters around an offset instead of running the JDK's rule tables, which
 * backed up and ran forward again for every match and took a tenth of a computed search at a
 * million items.
 */
final class SentenceBreaks extends BreakIterator {

    private static final char PARAGRAPH = '\u2029';

    private String text = "";
    private CharacterIterator iterator;
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        iterator = null;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        if (iterator == null) {
            iterator = new StringCharacterIterator(text);
        }
        return iterator;
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current == text.length()) {
            return DONE;
        }
        current = after(current);
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        current = before(current);
        return current;
    }

    /** The first boundary after {@code offset}; DONE, the position kept, at the text's end. */
    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset == text.length()) {
            return DONE;
        }
        current = after(offset);
        return current;
    }

    /** The last boundary before {@code offset}; DONE, the position kept, at the text's start. */
    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset == 0) {
            return DONE;
        }
        current = before(offset);
        return current;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds: " + offset);
        }
    }

    /** The first boundary after {@code offset}: the text's end when no sentence starts later. */
    private int after(int offset) {
        for (int i = offset + 1; i < text.length(); i++) {
            if (isBoundary(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset}: the text's start when no sentence starts earlier. */
    private int before(int offset) {
        for (int i = offset - 1; i > 0; i--) {
            if (isBoundary(i)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The JDK's sentence rules (its {@code SentenceBreakRules}), read at one offset: a break after
     * a paragraph separator; after "?" or "!", with any more of them, full stops and closing
     * punctuation, and the spaces after; and after a full stop (with more of them and closing
     * punctuation) where either spaces and a letter not in lower case follow, or, after any
     * spaces, opening punctuation or symbols and then a letter. Left out: the JDK's table also
     * breaks on either side of a full stop followed by spaces and a dash or bullet and a space
     * (". \n\n- Delt" in the seeds), which started snippets with the full stop; Hindi's danda; and
     * marks and format characters counting with the character before them.
     */
    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        if (offset == 0 || offset == text.length() || text.charAt(offset - 1) == PARAGRAPH) {
            return true;
        }
        int run = offset;
        while (run > 0 && isSpace(text.charAt(run - 1))) {
            run--;
        }
        boolean spaces = run < offset;
        boolean term = false;
        boolean period = false;
        for (int i = run; i > 0 && endsSentence(text.charAt(i - 1)); i--) {
            term |= isTerm(text.charAt(i - 1));
            period |= isPeriod(text.charAt(i - 1));
        }
        char next = text.charAt(offset);
        if (term) {
            return !isSpace(next) && next != PARAGRAPH && (spaces || !endsSentence(next));
        }
        // Quotes close a sentence before they open one: without spaces, one after the full stop still ends it.
        boolean capital = Character.isLetter(next) && Character.getType(next) != Character.LOWERCASE_LETTER;
        return period && (spaces && capital || (spaces || !endsSentence(next)) && opensSentence(offset));
    }

    /** Whether opening punctuation or symbols, then a letter, start at {@code offset}. */
    private boolean opensSentence(int offset) {
        int i = offset;
        while (i < text.length() && (isStart(text.charAt(i)) || isSentenceStart(text.charAt(i)))) {
            i++;
        }
        return i > offset && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean endsSentence(char c) {
        return isTerm(c) || isPeriod(c) || isEnd(c);
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == '\r' || c == '\f' || c == '\n' || c == '\u2028'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isTerm(char c) {
        return c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    private static boolean isPeriod(char c) {
        return c == '.' || c == '\uff0e';
    }

    private static boolean isStart(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    private static boolean isEnd(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    /** What may start a sentence beside letters and opening punctuation: symbols, dashes, colons and the like. */
    private static boolean isSentenceStart(char c) {
        return !Character.isLetter(c) && !isNumber(c) && !isSpace(c) && !isStart(c)
                && !endsSentence(c) && c != ',' && c != PARAGRAPH && !isMarkOrFormat(c);
    }

    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isMarkOrFormat(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }
}
