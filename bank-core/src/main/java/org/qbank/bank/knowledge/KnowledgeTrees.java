package org.qbank.bank.knowledge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeTrees extends JpaRepository<KnowledgeTree, Long> {
    Optional<KnowledgeTree> findByScopeKey(String scopeKey);

    List<KnowledgeTree> findByInstitutionIdOrderByOccupationIdAscLevelDescSubjectAsc(long institutionId);
}
