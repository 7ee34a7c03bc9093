package org.qbank.bank.occupation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Occupations extends JpaRepository<Occupation, Long> {
    Optional<Occupation> findByCode(String code);
}
