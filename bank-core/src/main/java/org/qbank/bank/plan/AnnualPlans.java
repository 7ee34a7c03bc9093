package org.qbank.bank.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualPlans extends JpaRepository<AnnualPlan, Long> {
    Optional<AnnualPlan> findByInstitutionIdAndYear(long institutionId, int year);
}
