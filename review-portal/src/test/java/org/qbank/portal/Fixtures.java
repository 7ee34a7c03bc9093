package org.qbank.portal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.occupation.OccupationCatalog;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.user.CreateUser;
import org.qbank.bank.user.UserInfo;
import org.qbank.bank.user.UserService;
import org.qbank.portal.security.QbankUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates real institutions and accounts through the bank-core services, each with unique codes. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final Actor SYSTEM = Actor.system("test", Set.of());

    private final InstitutionService institutions;
    private final UserService users;
    private final OccupationCatalog occupations;
    private final String passwordHash;

    public Fixtures(InstitutionService institutions, UserService users, OccupationCatalog occupations,
                    PasswordEncoder encoder) {
        this.institutions = institutions;
        this.users = users;
        this.occupations = occupations;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public long institution() {
        String code = "i" + unique();
        return institutions.create(SYSTEM, new CreateInstitution(code, "测试机构 " + code, Institution.Kind.EMPLOYER, null)).id();
    }

    /** A fresh occupation with a random, unused 职业编码. */
    public OccupationCatalog.OccupationInfo occupation() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String code = String.format("%d-%02d-%02d-%02d", r.nextInt(1, 9), r.nextInt(100), r.nextInt(100), r.nextInt(100));
            if (occupations.list().stream().noneMatch(o -> o.code().equals(code))) {
                return occupations.create(SYSTEM, OccupationCode.of(code), "测试职业 " + code);
            }
        }
    }

    public UserInfo account(Role role, Long... institutionIds) {
        return users.create(SYSTEM, new CreateUser("u" + unique(), "测试 " + role.displayName(), passwordHash,
                Set.of(role), Set.of(institutionIds), null, null));
    }

    /** A signed-in principal for {@code .with(user(..))}. */
    public QbankUser user(Role role, Long... institutionIds) {
        return principal(account(role, institutionIds));
    }

    public QbankUser principal(UserInfo account) {
        var login = users.findLogin(account.username()).orElseThrow();
        return new QbankUser(login.actor(), login.displayName(), login.passwordHash(), login.enabled());
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
