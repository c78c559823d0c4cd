package dev.carlot.feature;

/** Rules for the text a client sends, shared by bodies ({@link Fields}) and parameters ({@link Params}). */
final class Text {
    static final String UNCLEAN = "must not contain NUL characters or unpaired surrogates";
    /** The most of a client's own text an error message repeats. */
    static final int MAX_ECHO = 64;

    private Text() {
    }

    /**
     * No NUL (PostgreSQL cannot store it in text) and no half of a surrogate pair (which has no
     * UTF-8 form and would be stored as '?').
     */
    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} as an error message may quote it: at most {@link #MAX_ECHO} characters. */
    static String shown(String text) {
        if (text.length() <= MAX_ECHO) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return text.substring(0, end) + "…";
    }
}
