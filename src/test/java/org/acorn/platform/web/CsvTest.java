package org.acorn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainCellsAreLeftAlone() {
        assertThat(Csv.cell("role.granted")).isEqualTo("role.granted");
        assertThat(Csv.cell("Dee Wright <volunteer@example.org>")).isEqualTo("Dee Wright <volunteer@example.org>");
        assertThat(Csv.cell(42L)).isEqualTo("42");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
        assertThat(Csv.cell("Café – £150 a day")).isEqualTo("Café – £150 a day");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(Csv.cell("Carter, Sam")).isEqualTo("\"Carter, Sam\"");
        assertThat(Csv.cell("say \"hello\"")).isEqualTo("\"say \"\"hello\"\"\"");
        assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(Csv.cell("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void formulaeAreNeutralisedWithALeadingApostrophe() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+44 1234")).isEqualTo("'+44 1234");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        // only the first character matters
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.cell("x@example.org")).isEqualTo("x@example.org");
        assertThat(Csv.cell("status: \"ACTIVE\" → \"DISABLED\"")).isEqualTo("\"status: \"\"ACTIVE\"\" → \"\"DISABLED\"\"\"");
    }

    @Test
    void rowsAreCommaSeparatedWithCrlf() {
        assertThat(Csv.row(List.of("when", "actor", "action"))).isEqualTo("when,actor,action\r\n");
        assertThat(Csv.row(Arrays.asList("a", null, "b,c", "=x"))).isEqualTo("a,,\"b,c\",'=x\r\n");
        assertThat(Csv.row(List.of())).isEqualTo("\r\n");
        assertThat(Csv.BOM).isEqualTo("\uFEFF");
    }
}
