package org.qbank.portal.institution;

import java.time.Instant;

import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionInfo;

/** An institution on the wire. {@code version} is passed back on rename to detect concurrent edits. */
record InstitutionResponse(long id, String code, String name, Institution.Kind kind, String filedSite,
                           Instant createdAt, Instant retiredAt, long version) {

    static InstitutionResponse of(InstitutionInfo i) {
        return new InstitutionResponse(i.id(), i.code(), i.name(), i.kind(), i.filedSite(), i.createdAt(),
                i.retiredAt(), i.version());
    }
}
