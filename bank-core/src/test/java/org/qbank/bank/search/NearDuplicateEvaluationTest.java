package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured quality of near-duplicate detection on real CMMLU questions (test input only, CC BY-NC-SA 4.0):
 * precision and recall of DUPLICATE and VARIANT at the shipped thresholds must both reach 0.9.
 * Run alone to print the table: {@code mvn -o -pl bank-core test -Dtest=NearDuplicateEvaluationTest}.
 */
class NearDuplicateEvaluationTest {

    static final long SEED = 20260101L;

    @Test
    void duplicatesAndVariantsAreFoundWithPrecisionAndRecallOfAtLeastNinetyPercent(@TempDir Path dir) {
        List<Cmmlu.Question> bank = Cmmlu.load(Cmmlu.dirOrSkip());
        DuplicateEvaluation.Report report = DuplicateEvaluation.run(bank, SEED, dir);
        System.out.println(report.table());
        report.outcomes().stream().filter(o -> o.expected() != o.predicted()).limit(60)
                .forEach(o -> System.out.println("MISS " + o));
        for (String set : List.of("generated", "hand-labelled")) {
            Map<DuplicateClass, DuplicateEvaluation.Score> s = report.scores(set);
            for (DuplicateClass c : List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT)) {
                assertThat(s.get(c).precision()).as(set + " " + c + " precision").isGreaterThanOrEqualTo(0.9);
                assertThat(s.get(c).recall()).as(set + " " + c + " recall").isGreaterThanOrEqualTo(0.9);
            }
        }
    }
}
