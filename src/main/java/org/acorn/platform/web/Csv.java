package org.acorn.platform.web;

import java.util.List;

/**
 * CSV as spreadsheets read it: RFC 4180 (fields with a comma, quote or line break are quoted, quotes
 * doubled, CRLF between rows), a UTF-8 byte order mark so Excel picks the right encoding, and protection
 * against formula injection (OWASP): a cell that starts with = + - @ tab or carriage return is prefixed
 * with an apostrophe, so a spreadsheet shows it as text instead of running it.
 */
public final class Csv {

    /** Written once, first, before the header row. */
    public static final String BOM = "\uFEFF";
    public static final String EOL = "\r\n";

    private Csv() { }

    /** One cell, made safe and quoted if needed; null is an empty cell. */
    public static String cell(Object value) {
        if (value == null) return "";
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** One row, ending with CRLF. */
    public static String row(List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        return out.append(EOL).toString();
    }
}
