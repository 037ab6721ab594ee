package org.acorn.platform.account;

import java.util.Optional;

/**
 * Accounts know their organisation only by id; the directory, which owns organisations, implements this so
 * that account pages can show the name without platform depending on a feature.
 */
public interface OrganisationNames {
    Optional<String> nameOf(Long organisationId);
}
