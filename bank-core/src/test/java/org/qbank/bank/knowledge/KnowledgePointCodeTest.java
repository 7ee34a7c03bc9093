package org.qbank.bank.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.RuleViolationException;

class KnowledgePointCodeTest {

    @Test
    void aLegacyCodeSplitsIntoSegmentsAndNamesItsParent() {
        KnowledgePointCode code = KnowledgePointCode.parse(" a-a-a-001 ");
        assertThat(code.segments()).containsExactly("A", "A", "A", "001");
        assertThat(code.display()).isEqualTo("A-A-A-001");
        assertThat(code.depth()).isEqualTo(4);
        assertThat(code.pathParent()).map(KnowledgePointCode::display).contains("A-A-A");
        assertThat(KnowledgePointCode.parse("A").pathParent()).isEmpty();
    }

    @Test
    void fullWidthHyphensAreAccepted() {
        assertThat(KnowledgePointCode.parse("B－C－012").display()).isEqualTo("B-C-012");
    }

    @Test
    void aDigitGroupCodeIsSplitOnlyOnceItsParentIsKnown() {
        KnowledgePointCode code = KnowledgePointCode.parse("22123");
        assertThat(code.isDigitGroup()).isTrue();
        assertThat(code.segments()).containsExactly("22123");
        assertThat(code.prefixCandidates()).containsExactly("2212", "221", "22", "2");
        KnowledgePointCode parent = KnowledgePointCode.parse("221").under(KnowledgePointCode.parse("22")
                .under(KnowledgePointCode.parse("2")));
        KnowledgePointCode placed = code.under(parent);
        assertThat(placed.segments()).containsExactly("2", "2", "1", "23");
        assertThat(placed.display()).isEqualTo("22123");
        assertThat(placed.depth()).isEqualTo(4);
    }

    @Test
    void siblingsSortNumericallyWhateverTheirWidth() {
        List<KnowledgePointCode> codes = new ArrayList<>(List.of(KnowledgePointCode.parse("A-B-010"),
                KnowledgePointCode.parse("A-B-9"), KnowledgePointCode.parse("A-A"), KnowledgePointCode.parse("A-B"),
                KnowledgePointCode.parse("A-B-002")));
        codes.sort(null);
        assertThat(codes).extracting(KnowledgePointCode::display)
                .containsExactly("A-A", "A-B", "A-B-002", "A-B-9", "A-B-010");
    }

    @Test
    void aMalformedCodeIsRejectedWithTheCodeInTheMessage() {
        assertThatThrownBy(() -> KnowledgePointCode.parse("A--001"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("A--001");
        assertThatThrownBy(() -> KnowledgePointCode.parse("A-B.1"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("代码格式错误");
        assertThatThrownBy(() -> KnowledgePointCode.parse(" "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("代码不能为空");
    }
}
