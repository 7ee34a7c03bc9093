package org.qbank.bank.institution;

import java.time.Instant;

/** Read model of an institution for other modules. */
public record InstitutionInfo(long id, String code, String name, Institution.Kind kind, String filedSite,
                              Instant createdAt, Instant retiredAt, long version) {

    static InstitutionInfo of(Institution i) {
        return new InstitutionInfo(i.getId(), i.getCode(), i.getName(), i.getKind(), i.getFiledSite(),
                i.getCreatedAt(), i.getRetiredAt(), i.getVersion());
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
