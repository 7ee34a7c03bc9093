package org.qbank.bank.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Batches extends JpaRepository<Batch, Long> {
    Optional<Batch> findByInstitutionIdAndCode(long institutionId, String code);

    List<Batch> findByInstitutionIdOrderByCreatedAtDescIdDesc(long institutionId);

    @Query("select s.batch from ExamSession s where s.id = :sessionId")
    Optional<Batch> findBySessionId(long sessionId);
}
