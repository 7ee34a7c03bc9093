package org.qbank.bank.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Users extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u where :institutionId member of u.institutionIds order by u.username")
    List<UserAccount> findByInstitution(long institutionId);

    boolean existsByUsername(String username);
}
