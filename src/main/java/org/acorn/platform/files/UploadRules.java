package org.acorn.platform.files;

import java.util.Set;

/**
 * What one kind of upload may be: the media types accepted (as read from the content) and the size cap,
 * with the words used to tell someone what they may send instead.
 */
public record UploadRules(Set<String> mediaTypes, long maxBytes, String allowedInWords) {

    private static final Set<String> PDF = Set.of("application/pdf");
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    private static final Set<String> OFFICE = Set.of(
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "text/plain", "text/csv");

    /** Papers and attachments: PDF, Word, Excel, PowerPoint, OpenDocument, plain text, CSV and pictures. */
    public static UploadRules documents(long maxBytes) {
        return new UploadRules(union(PDF, OFFICE, IMAGES), maxBytes,
                "a PDF, Word, Excel, PowerPoint or OpenDocument file, plain text, CSV or a JPEG, PNG, GIF or WebP picture");
    }

    /** Pictures only. */
    public static UploadRules images(long maxBytes) {
        return new UploadRules(IMAGES, maxBytes, "a JPEG, PNG, GIF or WebP picture");
    }

    /** Receipts: a photo or scan, or a PDF. */
    public static UploadRules receipts(long maxBytes) {
        return new UploadRules(union(PDF, IMAGES), maxBytes, "a PDF or a JPEG, PNG, GIF or WebP picture");
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    /** "5 MB" for messages. */
    public String maxInWords() {
        return maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : Math.max(1, maxBytes / 1024) + " KB";
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all);
    }
}
