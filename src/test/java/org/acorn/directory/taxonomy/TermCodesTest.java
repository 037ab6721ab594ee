package org.acorn.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermCodesTest {

    @Test
    void codesComeFromLabelsAndStayShort() {
        assertThat(TermCodes.fromLabel("Kinship carers")).isEqualTo("kinship_carers");
        assertThat(TermCodes.fromLabel("Père & enfant — café")).isEqualTo("pere_enfant_cafe");
        assertThat(TermCodes.fromLabel("<script>")).isEqualTo("script");
        assertThat(TermCodes.fromLabel("子ども")).isEqualTo("term");
        assertThat(TermCodes.fromLabel("x".repeat(100))).hasSizeLessThanOrEqualTo(TermCodes.MAX - 4);
        assertThat(TermCodes.numbered("kinship_carers", 2)).isEqualTo("kinship_carers_2");
    }

    @Test
    void labelsAreTidiedAndCheckedBeforeUse() {
        assertThat(TaxonomyAdministration.checkedLabel("  Kinship   carers ")).isEqualTo("Kinship carers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaxonomyAdministration.checkedLabel(" "))
                .isInstanceOf(TermRuleBroken.class).hasMessageContaining("give the term a label");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaxonomyAdministration.checkedLabel("x".repeat(301)))
                .hasMessageContaining("at most 300");
    }
}
