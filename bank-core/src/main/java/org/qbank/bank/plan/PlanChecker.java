package org.qbank.bank.plan;

import java.util.List;

import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.Institutions;
import org.qbank.bank.occupation.OccupationService;
import org.springframework.stereotype.Component;

/** Validates a batch's plan with the standard of its occupation and its institution's filed site. */
@Component
class PlanChecker {

    private final ExamPlanValidator validator = new ExamPlanValidator();
    private final ExamStandards standards;
    private final Institutions institutions;
    private final OccupationService occupations;

    PlanChecker(ExamStandards standards, Institutions institutions, OccupationService occupations) {
        this.standards = standards;
        this.institutions = institutions;
        this.occupations = occupations;
    }

    List<PlanViolation> check(Batch batch) {
        return check(batch, batch.snapshot());
    }

    List<PlanViolation> check(Batch batch, PlanSnapshot snapshot) {
        String occupationCode = occupations.get(batch.getOccupationId()).getCode().value();
        String filedSite = institutions.findById(batch.getInstitutionId()).map(Institution::getFiledSite).orElse(null);
        return validator.validate(snapshot, filedSite, level -> standards.forOccupation(occupationCode, level));
    }
}
