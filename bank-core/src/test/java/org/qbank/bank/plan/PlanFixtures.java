package org.qbank.bank.plan;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;

/** Fresh institutions and occupations for plan storage tests (tests share one database). */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static long institution(Institutions institutions) {
        String code = "PL" + System.nanoTime();
        return institutions.save(new Institution(code, "机构 " + code, Institution.Kind.TRAINING_ORG, "长春市人民大街 1 号",
                Instant.parse("2026-01-01T00:00:00Z"))).getId();
    }

    static String occupation(OccupationService occupations, long institution) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String code = String.format("8-%02d-%02d-%02d", r.nextInt(100), r.nextInt(100), r.nextInt(100));
        occupations.getOrCreate(admin(institution), OccupationCode.of(code), "电工");
        return code;
    }

    static final String FILED_SITE = "长春市人民大街 1 号";

    static Instant china(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(org.qbank.bank.config.BankCoreConfiguration.ZONE)
                .toInstant();
    }

    static Actor approver(long institution) {
        return new Actor(23, "jigou", Set.of(Role.INSTITUTION_ADMIN), Set.of(institution));
    }

    static Actor admin(long institution) {
        return new Actor(21, "kaowu", Set.of(Role.EXAM_ADMIN), Set.of(institution));
    }
}
