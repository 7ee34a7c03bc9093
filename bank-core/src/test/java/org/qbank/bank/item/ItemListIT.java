package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.testsupport.BankCoreTestApplication;
import org.qbank.bank.testsupport.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@StorageTest
@SpringBootTest(classes = BankCoreTestApplication.class)
class ItemListIT {

    @Autowired
    ItemList list;
    @Autowired
    ItemService items;
    @Autowired
    ItemTestData data;

    @Test
    void itemsArePagedByCodeAndFilteredByLatestStatusAndClassification() {
        long institution = data.institution();
        Occupation occupation = data.occupation();
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        Actor admin = ItemTestData.actor(institution, Role.INSTITUTION_ADMIN);
        for (int i = 0; i < 5; i++) {
            items.create(writer, data.single(institution, occupation, "第 " + i + " 题"));
        }
        ItemView tf = items.create(writer, ItemTestData.theory(institution, occupation, ItemType.TRUE_FALSE, Contents.trueFalse(),
                data.point(institution, occupation, Level.THREE, Subject.THEORY, 1)));
        items.submit(writer, tf.id(), 1);
        ItemView gone = items.create(writer, data.single(institution, occupation, "停用题"));
        items.retire(admin, gone.id(), "过时");

        ItemPage first = list.list(writer, institution, ItemFilter.all(), 0, 4);
        ItemPage second = list.list(writer, institution, ItemFilter.all(), 1, 4);
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.items()).hasSize(4);
        assertThat(second.items()).hasSize(2);
        assertThat(first.items().get(0).code().value()).isLessThan(second.items().get(0).code().value());
        assertThat(first.items().get(0).excerpt()).isEqualTo("第 0 题");

        ItemPage submitted = list.list(writer, institution,
                new ItemFilter(occupation.getId(), null, Level.THREE, null, null, ItemStatus.SUBMITTED, null, null, false), 0, 10);
        assertThat(submitted.items()).extracting(ItemSummary::id).containsExactly(tf.id());
        assertThat(submitted.items().get(0).type()).isEqualTo(ItemType.TRUE_FALSE);
        assertThat(list.list(writer, institution, new ItemFilter(null, null, null, null, null, null, null, null, true), 0, 10)
                .total()).isEqualTo(7);
        String prefix = tf.code().value().substring(0, tf.code().value().length() - 1);
        assertThat(list.list(writer, institution, new ItemFilter(null, null, null, null, null, null, null, prefix, false), 0, 10)
                .items()).extracting(ItemSummary::code).contains(tf.code());
    }

    @Test
    void anotherInstitutionCannotListAndPageSizeIsBounded() {
        long institution = data.institution();
        Actor stranger = ItemTestData.actor(data.institution(), Role.INSTITUTION_ADMIN);
        assertThatThrownBy(() -> list.list(stranger, institution, ItemFilter.all(), 0, 10)).isInstanceOf(NotFoundException.class);
        Actor own = ItemTestData.actor(institution, Role.INSPECTOR);
        assertThatThrownBy(() -> list.list(own, institution, ItemFilter.all(), 0, 501)).isInstanceOf(RuleViolationException.class);
        assertThat(list.list(own, institution, ItemFilter.all(), 0, 10).total()).isZero();
    }
}
