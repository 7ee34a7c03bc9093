package org.qbank.bank.item;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Items extends JpaRepository<Item, Long> {
    Optional<Item> findByInstitutionIdAndCode(long institutionId, String code);

    boolean existsByInstitutionIdAndCode(long institutionId, String code);
}
