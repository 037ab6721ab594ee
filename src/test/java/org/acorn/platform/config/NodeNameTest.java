package org.acorn.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void theSameInstallationHasTheSameNameAfterARestartAndAnotherDataFolderAnother() {
        assertThat(NodeName.of("web1", "/srv/acorn")).isEqualTo(NodeName.of("web1", "/srv/acorn")).startsWith("web1/");
        assertThat(NodeName.of("web1", "/srv/acorn")).isNotEqualTo(NodeName.of("web1", "/srv/acorn-2"));
        assertThat(NodeName.of("web1", "/srv/acorn")).isNotEqualTo(NodeName.of("web2", "/srv/acorn"));
    }

    @Test
    void aLongHostNameStillFitsTheLeaseColumns() {
        assertThat(NodeName.of("h".repeat(200), "/" + "d".repeat(500))).hasSizeLessThanOrEqualTo(64);
    }
}
