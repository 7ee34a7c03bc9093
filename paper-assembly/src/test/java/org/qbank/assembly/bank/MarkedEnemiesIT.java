package org.qbank.assembly.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.DifficultyTarget;
import org.qbank.assembly.blueprint.Distribution;
import org.qbank.assembly.blueprint.ExposurePolicy;
import org.qbank.bank.item.ItemType;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.draw.AssemblyOptions;
import org.qbank.assembly.draw.AssemblyOutcome;
import org.qbank.assembly.draw.AssemblyRequest;
import org.qbank.assembly.draw.PaperAssembler;
import org.qbank.assembly.testsupport.AssemblyTestApplication;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.item.ReviewDecision;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.search.PairMarkKind;
import org.qbank.bank.search.PairMarks;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Items a reviewer marked 互斥题 never share a paper, as items of one 互斥组 do. */
@StorageTest
@SpringBootTest(classes = AssemblyTestApplication.class)
class MarkedEnemiesIT {

    @Autowired
    ItemTestData data;
    @Autowired
    ItemService items;
    @Autowired
    PairMarks marks;
    @Autowired
    BankInputs inputs;

    @Test
    void twoItemsMarkedAsEnemiesAreKeptOffOnePaper() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        Actor reviewer = ItemTestData.actor(institution, Role.REVIEWER);
        Actor admin = new Actor(1, "examadmin", Set.of(Role.EXAM_ADMIN), Set.of(institution));
        List<ItemView> approved = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ItemView v = items.create(writer, data.single(institution, occupation, "互斥测试题 " + i + " 的题干"));
            items.submit(writer, v.id(), 1);
            items.approve(reviewer, new ReviewDecision(v.id(), 1, "通过"));
            approved.add(v);
        }
        Blueprint threeOfFour = new Blueprint("三题", occupation.getCode().value(), null, Level.THREE, Subject.THEORY,
                List.of(new Section(ItemType.SINGLE_CHOICE, 3, BigDecimal.ONE)), new BigDecimal("3"), 30,
                Distribution.byType(), DifficultyTarget.of("3.0", "2.0"), ExposurePolicy.defaults(), List.of());
        String first = approved.get(0).code().value();
        String second = approved.get(1).code().value();

        assertThat(inputs.request(admin, institution, threeOfFour, 1, 7).blueprint().enemyGroups()).isEmpty();

        marks.mark(reviewer, institution, approved.get(0).id(), approved.get(1).id(), PairMarkKind.ENEMIES, "同一考点");
        assertThat(inputs.request(admin, institution, threeOfFour, 1, 7).blueprint().enemyGroups())
                .containsExactly(Set.of(first, second));
        for (long seed = 1; seed <= 5; seed++) {
            AssemblyRequest r = inputs.request(admin, institution, threeOfFour, 1, seed);
            AssemblyOutcome outcome = PaperAssembler.assemble(r, AssemblyOptions.defaults());
            Set<String> codes = new HashSet<>();
            outcome.papers().get(0).items().forEach(i -> codes.add(i.itemCode()));
            // Three of four with two enemies: exactly one of them, and both others.
            assertThat(codes).hasSize(3).containsAnyOf(first, second);
            assertThat(codes.containsAll(Set.of(first, second))).as("both enemies on one paper").isFalse();
        }
    }
}
