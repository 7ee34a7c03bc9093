package org.qbank.bank.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.institution.CreateInstitution;
import org.qbank.bank.institution.Institution;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class UserServiceIT {

    static final Actor PLATFORM = new Actor(1, "platform", Set.of(Role.PLATFORM_ADMIN), Set.of());
    static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

    @Autowired
    UserService users;
    @Autowired
    InstitutionService institutions;
    @Autowired
    AuditLog audit;

    long a;
    long b;
    Actor adminOfA;

    @BeforeEach
    void twoInstitutionsWithAnAdministratorOfA() {
        a = institution();
        b = institution();
        UserInfo admin = users.create(PLATFORM, user(Set.of(Role.INSTITUTION_ADMIN), Set.of(a)));
        adminOfA = users.findLogin(admin.username()).orElseThrow().actor();
    }

    @Test
    void anInstitutionAdminCreatesUsersOfTheirOwnInstitutionAndItIsAudited() {
        UserInfo writer = users.create(adminOfA, user(Set.of(Role.ITEM_WRITER), Set.of(a)));

        assertThat(writer.institutionIds()).containsExactly(a);
        assertThat(users.list(adminOfA, a)).extracting(UserInfo::id).contains(writer.id());
        assertThat(audit.history(PLATFORM, a, "user", String.valueOf(writer.id())))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo("USER_CREATED");
                    assertThat(r.actorName()).isEqualTo(adminOfA.username());
                });
    }

    @Test
    void anInstitutionAdminCannotGrantPlatformAdmin() {
        assertThatThrownBy(() -> users.create(adminOfA, user(Set.of(Role.PLATFORM_ADMIN), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        UserInfo writer = users.create(adminOfA, user(Set.of(Role.ITEM_WRITER), Set.of(a)));
        assertThatThrownBy(() -> users.grant(adminOfA, writer.id(), new GrantAccess(Set.of(Role.PLATFORM_ADMIN), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInstitutionAdminNeitherReadsNorWritesAnotherInstitutionsUsers() {
        UserInfo writerOfB = users.create(PLATFORM, user(Set.of(Role.ITEM_WRITER), Set.of(b)));

        assertThatThrownBy(() -> users.create(adminOfA, user(Set.of(Role.ITEM_WRITER), Set.of(b))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.get(adminOfA, writerOfB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.disable(adminOfA, writerOfB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.list(adminOfA, b)).isInstanceOf(NotFoundException.class);
        assertThat(users.listVisible(adminOfA)).extracting(UserInfo::id).doesNotContain(writerOfB.id());
        assertThat(users.get(PLATFORM, writerOfB.id()).enabled()).isTrue();
    }

    @Test
    void onlyAnInspectorMayHoldSeveralInstitutions() {
        assertThatThrownBy(() -> users.create(PLATFORM, user(Set.of(Role.ITEM_WRITER), Set.of(a, b))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(RuleViolationException.Violation::field).containsExactly("institutionIds"));

        UserInfo inspector = users.create(adminOfA, user(Set.of(Role.INSPECTOR), Set.of(a)));
        UserInfo granted = users.grant(PLATFORM, inspector.id(), new GrantAccess(Set.of(), Set.of(b)));
        assertThat(granted.institutionIds()).containsExactlyInAnyOrder(a, b);
        assertThat(audit.history(PLATFORM, b, "user", String.valueOf(inspector.id())))
                .extracting(r -> r.action()).containsExactly("USER_GRANTED");
    }

    @Test
    void disablingAndEnablingAreRecordedAndADisabledAccountCannotSignIn() {
        UserInfo reviewer = users.create(adminOfA, user(Set.of(Role.REVIEWER), Set.of(a)));
        users.disable(adminOfA, reviewer.id());
        assertThat(users.findLogin(reviewer.username()).orElseThrow().enabled()).isFalse();
        users.enable(adminOfA, reviewer.id());
        assertThat(users.findLogin(reviewer.username()).orElseThrow().enabled()).isTrue();
        assertThat(audit.history(PLATFORM, a, "user", String.valueOf(reviewer.id())))
                .extracting(r -> r.action()).containsExactly("USER_CREATED", "USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void nobodyDisablesThemselves() {
        assertThatThrownBy(() -> users.disable(adminOfA, adminOfA.userId())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aReviewerCarriesTheirQualification() {
        CreateUser c = new CreateUser(uniqueName(), "评审专家", HASH, Set.of(Role.REVIEWER), Set.of(a), Level.TWO, "高级工程师");
        UserInfo reviewer = users.create(adminOfA, c);
        assertThat(reviewer.expertLevel()).isEqualTo(Level.TWO);
        UserInfo changed = users.qualify(adminOfA, reviewer.id(), Level.ONE, null);
        assertThat(changed.expertLevel()).isEqualTo(Level.ONE);
        assertThat(changed.expertTitle()).isNull();
    }

    @Test
    void aRawPasswordIsRefusedAndAHashIsReplaced() {
        CreateUser raw = new CreateUser(uniqueName(), "命题人", "secret123", Set.of(Role.ITEM_WRITER), Set.of(a), null, null);
        assertThatThrownBy(() -> users.create(adminOfA, raw))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("passwordHash"));

        UserInfo writer = users.create(adminOfA, user(Set.of(Role.ITEM_WRITER), Set.of(a)));
        Actor self = users.findLogin(writer.username()).orElseThrow().actor();
        users.changePasswordHash(self, writer.id(), "{bcrypt}new");
        assertThat(users.findLogin(writer.username()).orElseThrow().passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void aDuplicateUsernameIsAConflict() {
        CreateUser c = user(Set.of(Role.ITEM_WRITER), Set.of(a));
        users.create(adminOfA, c);
        assertThatThrownBy(() -> users.create(adminOfA, c)).isInstanceOf(ConflictException.class);
    }

    @Test
    void ordinaryRolesCannotManageAccounts() {
        UserInfo writer = users.create(adminOfA, user(Set.of(Role.ITEM_WRITER), Set.of(a)));
        Actor self = users.findLogin(writer.username()).orElseThrow().actor();
        assertThatThrownBy(() -> users.create(self, user(Set.of(Role.ITEM_WRITER), Set.of(a))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list(self, a)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.me(self).username()).isEqualTo(writer.username());
    }

    @Test
    void bootstrapCreatesAPlatformAdminOnlyWhenNoneExists() {
        users.bootstrapPlatformAdmin(uniqueName(), "平台管理员", HASH);
        assertThat(users.platformAdminExists()).isTrue();
        assertThat(users.bootstrapPlatformAdmin(uniqueName(), "平台管理员", HASH)).isEmpty();
    }

    private long institution() {
        String code = "U" + UUID.randomUUID().toString().substring(0, 12);
        return institutions.create(PLATFORM, new CreateInstitution(code, "机构 " + code, Institution.Kind.EMPLOYER, null)).id();
    }

    static CreateUser user(Set<Role> roles, Set<Long> institutionIds) {
        return new CreateUser(uniqueName(), "测试用户", HASH, roles, institutionIds, null, null);
    }

    static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 12);
    }
}
