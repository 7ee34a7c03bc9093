package org.qbank.bank.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measured quality of near-duplicate detection on real CMMLU questions (test input only, CC BY-NC-SA 4.0):
 * on the generated set precision and recall of DUPLICATE and VARIANT at the shipped thresholds reach 0.9; on
 * the hand-labelled real pairs, the held-out real pairs and the hand-written rewordings the measured levels are
 * guarded (docs/benchmarks.md).
 * Run alone to print the table: {@code mvn -o -pl bank-core test -Dtest=NearDuplicateEvaluationTest}.
 */
class NearDuplicateEvaluationTest {

    static final long SEED = 20260101L;

    @Test
    void duplicatesAndVariantsOfRealQuestionsAreFoundAtTheMeasuredPrecisionAndRecall(@TempDir Path dir) {
        List<Cmmlu.Question> bank = Cmmlu.load(Cmmlu.dirOrSkip());
        DuplicateEvaluation.Report report = DuplicateEvaluation.run(bank, SEED, dir);
        System.out.println(report.table());
        report.outcomes().stream().filter(o -> o.expected() != o.predicted())
                .forEach(o -> System.out.println("MISS " + o));
        PairJudgeExperiment.Result learned = PairJudgeExperiment.run(report.pairs());
        System.out.println(learned.table());
        Map<DuplicateClass, DuplicateEvaluation.Score> generated = report.scores("generated");
        for (DuplicateClass c : List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT)) {
            assertThat(generated.get(c).precision()).as("generated " + c + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(generated.get(c).recall()).as("generated " + c + " recall").isGreaterThanOrEqualTo(0.9);
        }
        // The evaluation set as a whole (generated + hand-labelled real pairs), per class: the ≥ 0.9 target.
        Map<DuplicateClass, DuplicateEvaluation.Score> whole = report.scores(DuplicateEvaluation.EVALUATION_SET);
        for (DuplicateClass c : List.of(DuplicateClass.DUPLICATE, DuplicateClass.VARIANT)) {
            assertThat(whole.get(c).precision()).as("evaluation set " + c + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(whole.get(c).recall()).as("evaluation set " + c + " recall").isGreaterThanOrEqualTo(0.9);
        }
        // Real pairs: what the detector reports must be right (no real pair judged different is flagged), but
        // rewordings that change the words themselves (人工脱水技术 / 食品干制脱水) are beyond character similarity:
        // DUPLICATE recall stays below the 0.9 target there, as docs/benchmarks.md reports. These floors guard the
        // measured levels against regressions.
        Map<DuplicateClass, DuplicateEvaluation.Score> real = report.scores("hand-labelled");
        assertThat(real.get(DuplicateClass.DUPLICATE).precision()).as("real DUPLICATE precision").isGreaterThanOrEqualTo(0.9);
        assertThat(real.get(DuplicateClass.NOT_SIMILAR).recall()).as("real pairs judged different stay unflagged")
                .isGreaterThanOrEqualTo(0.98);
        assertThat(real.get(DuplicateClass.VARIANT).precision()).as("real VARIANT precision").isGreaterThanOrEqualTo(0.9);
        assertThat(real.get(DuplicateClass.DUPLICATE).recall()).as("real DUPLICATE recall").isGreaterThanOrEqualTo(0.8);
        assertThat(real.get(DuplicateClass.VARIANT).recall()).as("real VARIANT recall").isGreaterThanOrEqualTo(0.9);
        // Held-out real pairs (labelled after the rules were set): almost all different questions, none may be flagged.
        assertThat(report.scores("held-out").get(DuplicateClass.NOT_SIMILAR).recall()).as("held-out pairs judged different")
                .isGreaterThanOrEqualTo(0.99);
        assertThat(report.scores("held-out-cross").get(DuplicateClass.NOT_SIMILAR).recall())
                .as("cross-subject pairs judged different").isGreaterThanOrEqualTo(0.99);
        // Hand-written rewordings (written-pairs.csv): what is called a duplicate is one, but rewordings that change
        // most of the words are beyond character similarity — recall there is low and reported, not guarded.
        // What the detector cannot prove, reviewers see: the reworded item is among the 5 closest neighbours.
        assertThat(report.neighbourRecall(DuplicateClass.DUPLICATE, 5)).as("written duplicates among 5 neighbours")
                .isGreaterThanOrEqualTo(0.95);
        // The fresh written pairs (written after the 疑似改写 rules were set, measured once): its template twins
        // whose answers coincide cost one false DUPLICATE (共集电极 / 共基极: a one-for-two character exchange),
        // reported in docs/benchmarks.md and guarded here at the measured level.
        assertThat(report.scores("written-fresh").get(DuplicateClass.NOT_SIMILAR).recall())
                .as("fresh hard negatives unflagged").isGreaterThanOrEqualTo(0.9);
        assertThat(report.neighbourRecall(List.of("written-fresh"), DuplicateClass.DUPLICATE, 5))
                .as("fresh written duplicates among 5 neighbours").isGreaterThanOrEqualTo(0.95);
        // A judge learned from the labelled pairs over character measures finds more written rewordings but calls
        // real pairs judged different duplicates: why it is measured and not shipped (docs/benchmarks.md).
        PairJudgeExperiment.Row heldOut = learned.row("held-out");
        assertThat(heldOut.rulesWrong()).as("rules: held-out pairs wrongly called duplicates").isZero();
        assertThat(heldOut.withModelWrong()).as("learned judge: held-out pairs wrongly called duplicates")
                .isGreaterThan(heldOut.duplicates());
        // 疑似改写 is a hint for a person: most of what it reports must be a real duplicate (measured 23 of 27).
        long[] hints = report.hints();
        assertThat(hints[0]).as("疑似改写 reports that are duplicates").isGreaterThanOrEqualTo(4 * hints[1]);
        for (String set : List.of("written-dev", "written-test")) {
            assertThat(report.scores(set).get(DuplicateClass.DUPLICATE).precision()).as(set + " DUPLICATE precision")
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(report.scores(set).get(DuplicateClass.NOT_SIMILAR).recall()).as(set + " hard negatives unflagged")
                    .isGreaterThanOrEqualTo(0.75);
        }
    }
}
