package org.qbank.bank.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeNodes extends JpaRepository<KnowledgeNode, Long> {
    List<KnowledgeNode> findByTreeId(long treeId);

    List<KnowledgeNode> findByTreeIdAndRetiredFalseOrderBySortOrder(long treeId);
}
