package org.acorn.platform.pdf;

/** How a block of text looks: size in points, weight, colour, indent, alignment and the space around it. */
record Style(float size, boolean bold, boolean grey, float indent, boolean centred, float before, float after) {

    static final Style TITLE = new Style(20, true, false, 0, false, 0, 10);
    static final Style HEADING = new Style(14, true, false, 0, false, 12, 4);
    static final Style SUBHEADING = new Style(11.5f, true, false, 0, false, 8, 2);
    static final Style BODY = new Style(10.5f, false, false, 0, false, 0, 6);
    static final Style BULLET = new Style(10.5f, false, false, 14, false, 0, 3);
    static final Style SMALL = new Style(8.5f, false, true, 0, false, 0, 4);

    static Style centred(float size) {
        return new Style(size, size >= 14, false, 0, true, size / 2, size / 2);
    }

    float leading() { return size * 1.3f; }
}
