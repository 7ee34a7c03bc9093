package org.qbank.bank.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
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
class OccupationServiceIT {

    private static final Actor PLATFORM = new Actor(1, "platform", Set.of(Role.PLATFORM_ADMIN), Set.of());
    private static final Actor IMPORTER = new Actor(2, "importer", Set.of(Role.INSTITUTION_ADMIN), Set.of(1L));

    @Autowired
    OccupationService occupations;

    @Test
    void aPlatformAdminAddsAnOccupationThatImportsThenFindByItsCode() {
        OccupationCode code = freshCode();
        OccupationInfo created = occupations.create(PLATFORM, code, " 电工 ");
        assertThat(created.name()).isEqualTo("电工");
        assertThat(occupations.info(created.id())).isEqualTo(created);
        assertThat(occupations.list()).contains(created);

        Occupation found = occupations.getOrCreate(IMPORTER, code, "另一个名称");
        assertThat(found.getId()).isEqualTo(created.id());
        assertThat(found.getName()).isEqualTo("电工");
        assertThatThrownBy(() -> occupations.create(PLATFORM, code, "电工"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-code"));
    }

    @Test
    void onlyAPlatformAdminExtendsTheCatalogueExplicitlyWhileImportsAddWhatTheyName() {
        assertThatThrownBy(() -> occupations.create(IMPORTER, freshCode(), "焊工")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> occupations.getOrCreate(IMPORTER, freshCode(), " "))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("occupationName"));
        Occupation imported = occupations.getOrCreate(IMPORTER, freshCode(), "焊工");
        assertThat(occupations.get(imported.getId()).getName()).isEqualTo("焊工");
    }

    @Test
    void workTypesAreAddedOnceWhicheverWayTheyCome() {
        OccupationInfo occupation = occupations.create(PLATFORM, freshCode(), "焊工");
        WorkTypeInfo gas = occupations.addWorkType(PLATFORM, occupation.id(), "气焊工");
        assertThat(occupations.getOrCreateWorkType(IMPORTER, occupation.id(), " 气焊工 ").getId()).isEqualTo(gas.id());
        WorkType arc = occupations.getOrCreateWorkType(IMPORTER, occupation.id(), "电焊工");
        assertThat(occupations.workTypes(occupation.id())).extracting(WorkTypeInfo::name)
                .containsExactlyInAnyOrder("气焊工", "电焊工");
        assertThat(occupations.findWorkType(occupation.id(), "电焊工")).get().extracting(WorkType::getId).isEqualTo(arc.getId());
        assertThatThrownBy(() -> occupations.addWorkType(PLATFORM, occupation.id(), "电焊工"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-name"));
        assertThatThrownBy(() -> occupations.workTypes(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    private OccupationCode freshCode() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            OccupationCode code = OccupationCode.of(String.format("%d-%02d-%02d-%02d", r.nextInt(1, 10), r.nextInt(100),
                    r.nextInt(100), r.nextInt(100)));
            if (occupations.find(code).isEmpty()) {
                return code;
            }
        }
    }
}
