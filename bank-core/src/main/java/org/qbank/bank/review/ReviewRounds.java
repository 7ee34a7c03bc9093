package org.qbank.bank.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRounds extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findByInstitutionIdOrderByOpenedAtDesc(long institutionId);

    @Query("select i.versionId from ReviewRound r join r.items i where r.institutionId = :institutionId and i.versionId in :versionIds")
    List<Long> reviewedVersionIds(long institutionId, Collection<Long> versionIds);
}
