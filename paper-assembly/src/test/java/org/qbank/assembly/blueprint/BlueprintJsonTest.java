package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.TestData;
import org.qbank.assembly.allocation.AllocationPlanner;

/** The blueprint examples in docs/examples read into the records and pass validation. */
class BlueprintJsonTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theWelderTheoryExampleIsValidAgainstTheRealTree() throws Exception {
        Blueprint bp = json.readValue(EXAMPLES.resolve("blueprint-hg-3-theory.json").toFile(), Blueprint.class);
        BlueprintTree tree = TreeCsv.read(TestData.file("xmb-hg-3.csv"));
        assertThat(bp.problems(tree)).isEmpty();
        assertThat(bp.itemCount()).isEqualTo(190);
        assertThat(AllocationPlanner.allocate(bp, tree).tooFewPoints()).isEmpty();
    }

    @Test
    void theLegacyByTypeExampleIsValid() throws Exception {
        Blueprint bp = json.readValue(EXAMPLES.resolve("blueprint-legacy-by-type.json").toFile(), Blueprint.class);
        assertThat(bp.problems(null)).isEmpty();
        assertThat(bp.enemyGroups()).hasSize(1);
        assertThat(bp.exposure().exposureCap()).isEqualTo(6);
    }

    @Test
    void theSkillExampleFitsItsDuration() throws Exception {
        SkillBlueprint bp = json.readValue(EXAMPLES.resolve("skill-blueprint-hg-3.json").toFile(), SkillBlueprint.class);
        assertThat(bp.problems()).isEmpty();
    }
}
