package org.qbank.bank.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRounds extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findByInstitutionIdOrderByOpenedAtDesc(long institutionId);
}
