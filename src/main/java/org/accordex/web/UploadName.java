package org.accordex.web;

/**
 * The file name an upload is stored and reported under: the last segment of what the client sent, with letters,
 * digits, '.', '-' and '_' only, no leading dots, cut to {@link #MAX_LENGTH} characters with its extension kept.
 * A name of only dots or separators (".", "..", "/") becomes {@code upload}, so the name can never leave the
 * folder the upload is written to.
 */
final class UploadName {
    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "upload";
    /** The longest extension kept when a long name is cut. */
    private static final int MAX_EXTENSION = 16;

    private UploadName() {
    }

    static String safe(String raw) {
        if (raw == null) {
            return FALLBACK + ".txt";
        }
        String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        String name = last.replaceAll("[^\\p{Alnum}._-]", "_").replaceFirst("^\\.+", "");
        if (name.replaceAll("[._-]", "").isEmpty()) {
            return FALLBACK;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
