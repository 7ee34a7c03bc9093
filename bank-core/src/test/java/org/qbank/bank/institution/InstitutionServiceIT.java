package org.qbank.bank.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.AccessDeniedException;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class InstitutionServiceIT {

    static final Actor PLATFORM = new Actor(1, "platform", Set.of(Role.PLATFORM_ADMIN), Set.of());

    @Autowired
    InstitutionService service;
    @Autowired
    AuditLog audit;

    @Test
    void creatingAnInstitutionOpensItsAuditChainWithTheCreation() {
        InstitutionInfo created = service.create(PLATFORM, command(uniqueCode()));

        assertThat(created.id()).isPositive();
        assertThat(audit.history(PLATFORM, created.id(), "institution", String.valueOf(created.id())))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("INSTITUTION_CREATED"));
        assertThat(audit.verify(created.id(), null).intact()).isTrue();
    }

    @Test
    void onlyAPlatformAdminCreatesInstitutions() {
        Actor admin = new Actor(2, "admin", Set.of(Role.INSTITUTION_ADMIN), Set.of(1L));
        assertThatThrownBy(() -> service.create(admin, command(uniqueCode())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = uniqueCode();
        service.create(PLATFORM, command(code));
        assertThatThrownBy(() -> service.create(PLATFORM, command(code))).isInstanceOf(ConflictException.class);
    }

    @Test
    void badInputNamesEveryField() {
        assertThatThrownBy(() -> service.create(PLATFORM, new CreateInstitution("!", " ", null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolationException.Violation::field).containsExactly("code", "name", "kind"));
    }

    @Test
    void membersSeeOnlyTheirOwnInstitution() {
        InstitutionInfo a = service.create(PLATFORM, command(uniqueCode()));
        InstitutionInfo b = service.create(PLATFORM, command(uniqueCode()));
        Actor memberOfA = new Actor(3, "writer", Set.of(Role.ITEM_WRITER), Set.of(a.id()));

        assertThat(service.list(memberOfA)).extracting(InstitutionInfo::id).containsExactly(a.id());
        assertThatThrownBy(() -> service.get(memberOfA, b.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list(PLATFORM)).extracting(InstitutionInfo::id).contains(a.id(), b.id());
    }

    @Test
    void renameWithAStaleVersionIsAConflictAndChangesNothing() {
        InstitutionInfo created = service.create(PLATFORM, command(uniqueCode()));
        InstitutionInfo renamed = service.rename(PLATFORM, created.id(), new RenameInstitution("新名称", "新场所", created.version()));
        assertThat(renamed.name()).isEqualTo("新名称");

        assertThatThrownBy(() -> service.rename(PLATFORM, created.id(), new RenameInstitution("再改", null, created.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(service.get(PLATFORM, created.id()).name()).isEqualTo("新名称");
    }

    @Test
    void retiringKeepsTheInstitutionAndIsAudited() {
        InstitutionInfo created = service.create(PLATFORM, command(uniqueCode()));
        InstitutionInfo retired = service.retire(PLATFORM, created.id());
        service.retire(PLATFORM, created.id());

        assertThat(retired.retired()).isTrue();
        assertThat(service.get(PLATFORM, created.id()).retired()).isTrue();
        assertThat(audit.history(PLATFORM, created.id(), "institution", String.valueOf(created.id())))
                .extracting(r -> r.action()).containsExactly("INSTITUTION_CREATED", "INSTITUTION_RETIRED");
    }

    static CreateInstitution command(String code) {
        return new CreateInstitution(code, "测试评价机构 " + code, Institution.Kind.TRAINING_ORG, "测试场所");
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 12);
    }
}
