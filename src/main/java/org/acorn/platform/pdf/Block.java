package org.acorn.platform.pdf;

/** One thing placed on the page in order: text in a style, a rule, or empty space. */
record Block(Style style, String text, Kind kind, float height) {

    enum Kind { TEXT, RULE, SPACE }

    static final Block RULE = new Block(null, "", Kind.RULE, 12);

    Block(Style style, String text) {
        this(style, text == null ? "" : text, Kind.TEXT, 0);
    }

    static Block space(float points) {
        return new Block(null, "", Kind.SPACE, Math.max(0, Math.min(points, 400)));
    }
}
