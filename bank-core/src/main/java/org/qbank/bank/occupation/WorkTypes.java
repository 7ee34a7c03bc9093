package org.qbank.bank.occupation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkTypes extends JpaRepository<WorkType, Long> {
    List<WorkType> findByOccupationIdOrderByName(long occupationId);

    Optional<WorkType> findByOccupationIdAndName(long occupationId, String name);
}
