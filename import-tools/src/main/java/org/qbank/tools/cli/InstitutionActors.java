package org.qbank.tools.cli;

import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;

/** The CLI acts as a system operator of the institution named by {@code --institution <机构代码>}. */
public class InstitutionActors {

    /** The institution's id and name, and the actor scoped to it. */
    public record Scoped(long institutionId, String name, Actor actor) {
    }

    private final Institutions institutions;

    public InstitutionActors(Institutions institutions) {
        this.institutions = institutions;
    }

    public Scoped forCode(String code) {
        Institution institution = institutions.findByCode(code)
                .orElseThrow(() -> new UsageException("没有代码为 " + code + " 的机构"));
        long id = institution.getId();
        return new Scoped(id, institution.getName(), Actor.system("qbank-tools", Set.of(id)));
    }
}
