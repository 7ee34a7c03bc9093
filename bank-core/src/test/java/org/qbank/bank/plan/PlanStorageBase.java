package org.qbank.bank.plan;

import org.junit.jupiter.api.BeforeEach;
import org.qbank.bank.access.Actor;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Plan storage tests start each test with a fresh institution, its 考务 administrator and an occupation (the tests
 * share one database), and read the audit log they write.
 */
@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
abstract class PlanStorageBase {

    @Autowired
    Institutions institutions;
    @Autowired
    OccupationService occupations;
    @Autowired
    AuditLog audit;

    long institution;
    Actor admin;
    String occupation;

    @BeforeEach
    void aFreshInstitutionAndOccupation() {
        institution = PlanFixtures.institution(institutions);
        admin = PlanFixtures.admin(institution);
        occupation = PlanFixtures.occupation(occupations, institution);
    }
}
