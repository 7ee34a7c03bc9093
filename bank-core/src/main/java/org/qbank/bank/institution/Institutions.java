package org.qbank.bank.institution;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Institutions extends JpaRepository<Institution, Long> {
    Optional<Institution> findByCode(String code);
}
