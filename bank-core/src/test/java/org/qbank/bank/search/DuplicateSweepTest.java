package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.NotFoundException;

class DuplicateSweepTest {

    static final Actor ADMIN = new Actor(7, "admin", Set.of(Role.INSTITUTION_ADMIN), Set.of(1L));
    static final String FUSE = "额定电压为220V的单相电路中，熔断器应装在哪根线上";

    @TempDir
    Path dir;
    SearchIndex index;
    /** Marks by "a:b" (a < b), as PairMarks stores them. */
    final Map<String, PairMarkKind> marked = new HashMap<>();
    DuplicateSweep sweep;

    @BeforeEach
    void bank() {
        index = SearchTestKit.openIndex(dir);
        sweep = new DuplicateSweep(index, this::marks);
        SearchTestKit.rebuild(index, List.of(
                Items.single(1, 1, FUSE, "相线", "零线", "地线", "任意一根", "A"),
                // the same question retyped: options reordered, full-width digits
                Items.single(2, 1, "额定电压为２２０Ｖ的单相电路中,熔断器应装在哪根线上？", "任意一根", "地线", "零线", "相线", "D"),
                // another voltage: a variant of both
                Items.single(3, 1, "额定电压为380V的单相电路中，熔断器应装在哪根线上", "相线", "零线", "地线", "任意一根", "A"),
                Items.single(4, 1, "下列关于熔断器的说法中，正确的是", "熔断器应串联在电路中", "熔断器应并联在电路中",
                        "熔体越粗越好", "熔断器可用铜丝代替", "A"),
                // another institution's copy is never paired with institution 1's items
                Items.single(5, 2, FUSE, "相线", "零线", "地线", "任意一根", "A"),
                // the same question at another level
                atLevel(Items.single(6, 1, FUSE, "相线", "零线", "地线", "任意一根", "A"), 4)));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void everyPairOfTheInstitutionIsListedOnceDuplicatesFirst() {
        DuplicateSweep.Result r = sweep.sweep(ADMIN, new DuplicateSweep.Scope(1, null, null));

        assertThat(r.items()).isEqualTo(5);
        assertThat(r.pairs()).extracting(p -> p.itemA() + "~" + p.itemB() + " " + p.kind())
                .containsExactly("1~2 DUPLICATE", "1~6 DUPLICATE", "2~6 DUPLICATE",
                        "1~3 VARIANT", "2~3 VARIANT", "3~6 VARIANT");
        assertThat(r.pairs().get(0).codeA()).isEqualTo("Q1");
        assertThat(r.pairs().get(0).codeB()).isEqualTo("Q2");
        assertThat(r.pairs().get(0).reason()).contains("答案相同");
        assertThat(r.count(DuplicateClass.DUPLICATE)).isEqualTo(3);
        // one question stored three times is one group; the other voltage joins all three as variants
        assertThat(r.groups()).extracting(g -> g.kind() + " " + g.items() + " " + g.pairs().size())
                .containsExactly("DUPLICATE [1, 2, 6] 3", "VARIANT [1, 2, 3, 6] 3");
        assertThat(r.groups().get(0).codeOf(6)).isEqualTo("Q6");
        assertThat(r.groups().get(0).allEnemies()).isFalse();
    }

    @Test
    void theScopeConfinesProbesAndCandidatesToOneLevel() {
        DuplicateSweep.Result r = sweep.sweep(ADMIN, new DuplicateSweep.Scope(1, "6-31-01-03", Level.THREE));

        assertThat(r.items()).isEqualTo(4);
        assertThat(r.pairs()).extracting(p -> p.itemA() + "~" + p.itemB())
                .containsExactly("1~2", "1~3", "2~3");
        assertThat(sweep.sweep(ADMIN, new DuplicateSweep.Scope(1, "6-30-99-00", null)).items()).isZero();
    }

    @Test
    void aPairMarkedNotADuplicateIsLeftOutAndAnEnemyPairCarriesItsMark() {
        marked.put("1:2", PairMarkKind.NOT_DUPLICATE);
        marked.put("1:3", PairMarkKind.ENEMIES);

        List<DuplicateSweep.Pair> pairs = sweep.sweep(ADMIN, new DuplicateSweep.Scope(1, null, Level.THREE)).pairs();

        assertThat(pairs).extracting(p -> p.itemA() + "~" + p.itemB()).containsExactly("1~3", "2~3");
        assertThat(pairs.get(0).mark()).isEqualTo(PairMarkKind.ENEMIES);
        assertThat(pairs.get(1).mark()).isNull();
    }

    @Test
    void aGroupsPairsAreFoundAgainFromItsItemsAlone() {
        DuplicateSweep.Scope all = new DuplicateSweep.Scope(1, null, null);
        assertThat(sweep.pairsAmong(ADMIN, all, List.of(1L, 2L, 6L), DuplicateClass.DUPLICATE))
                .extracting(p -> p.itemA() + "~" + p.itemB()).containsExactlyInAnyOrder("1~2", "1~6", "2~6");
        // only pairs of the kind asked for, and only among the items named: item 5 is another institution's
        assertThat(sweep.pairsAmong(ADMIN, all, List.of(1L, 3L, 5L), DuplicateClass.VARIANT))
                .extracting(p -> p.itemA() + "~" + p.itemB()).containsExactly("1~3");
        assertThat(sweep.pairsAmong(ADMIN, all, List.of(1L, 5L), DuplicateClass.DUPLICATE)).isEmpty();
        marked.put("1:2", PairMarkKind.NOT_DUPLICATE);
        assertThat(sweep.pairsAmong(ADMIN, all, List.of(1L, 2L), DuplicateClass.DUPLICATE)).isEmpty();
    }

    @Test
    void anotherInstitutionsBankIsNotFoundForTheCaller() {
        assertThatThrownBy(() -> sweep.sweep(ADMIN, new DuplicateSweep.Scope(2, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private Map<Long, PairMarkKind> marks(long institutionId, long itemId, Collection<Long> others) {
        Map<Long, PairMarkKind> out = new HashMap<>();
        for (long other : others) {
            PairMarkKind k = marked.get(Math.min(itemId, other) + ":" + Math.max(itemId, other));
            if (k != null) {
                out.put(other, k);
            }
        }
        return out;
    }

    private static SearchDocument atLevel(SearchDocument d, int level) {
        return new SearchDocument(d.itemId(), d.institutionId(), d.itemCode(), d.occupationCode(), level, d.subject(),
                d.type(), d.status(), d.knowledgePointCode(), d.knowledgePointName(), d.author(), d.stem(),
                d.options(), d.key(), d.analysis(), d.usageCount(), d.updatedAt());
    }
}
