package org.acorn.platform.files;

/** An upload that was not stored, with the reason in words for the person who sent it. Nothing was kept. */
public class UploadRefused extends RuntimeException {
    public UploadRefused(String message) {
        super(message);
    }
}
