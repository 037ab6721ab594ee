package org.acorn.training.certificate;

import java.util.Optional;

/**
 * Another kind of certificate checked on the same public page (the accreditation scheme's), looked up by its code
 * once the code is known to be well formed and the check has been counted against the address.
 */
public interface CodeLookup {
    Optional<Certificates.Check> find(String code, java.time.LocalDate today);
}
