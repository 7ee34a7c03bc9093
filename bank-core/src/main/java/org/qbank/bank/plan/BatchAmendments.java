package org.qbank.bank.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BatchAmendments extends JpaRepository<BatchAmendment, Long> {
    List<BatchAmendment> findByBatchIdOrderByNumber(long batchId);
}
