package org.qbank.bank.user;

import java.util.List;
import java.util.Optional;

import org.qbank.bank.access.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Users extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    @Query("select u from UserAccount u where :institutionId member of u.institutionIds order by u.username")
    List<UserAccount> findByInstitution(long institutionId);

    boolean existsByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u where :role member of u.roles")
    boolean existsWithRole(Role role);

    List<UserAccount> findAllByOrderByUsername();
}
