package org.qbank.tools.importing;

import java.util.ArrayList;
import java.util.List;

import org.qbank.tools.normalize.Difficulty;

/** Cell values of one exported row, in the column order of its sheet. */
final class RowValues {

    /** The 试题 columns written on export: the bank layout without the third-party extras. */
    static final List<Column> THEORY_COLUMNS = TheorySheet.COLUMNS.stream()
            .filter(c -> c != TheorySheet.PACKED_OPTIONS && c != TheorySheet.CHAPTER).toList();

    private RowValues() {
    }

    static List<Object> knowledge(KnowledgeRow k) {
        return List.of(k.occupationCode(), k.occupationName(), k.workType(), k.level().grade(), k.subject().displayName(),
                k.code(), k.name(), k.weight() == null ? "" : k.weight(), k.importance() == null ? "" : k.importance().name());
    }

    static List<Object> theory(TheoryItem i) {
        List<Object> v = new ArrayList<>(List.of(nz(i.code()), i.occupationCode(), nz(i.workType()), i.level().grade(),
                i.type().displayName(), i.pointCode(), i.stem()));
        for (int o = 0; o < TheorySheet.OPTIONS.size(); o++) {
            v.add(o < i.options().size() ? i.options().get(o) : "");
        }
        v.add(i.answer());
        v.add(nz(i.explanation()));
        v.add(i.difficulty() == null ? "" : Difficulty.word(i.difficulty()));
        v.add(i.score() == null ? "" : i.score());
        v.add(nz(i.author()));
        v.add(nz(i.source()));
        v.add(nz(i.enemyGroup()));
        v.add(nz(i.status()));
        v.add(i.review() == null ? "" : String.join("、", i.review().experts()));
        v.add(i.review() == null ? "" : i.review().date().toString());
        v.add(String.join("、", i.images().stream().map(ItemImage::name).toList()));
        return v;
    }

    static List<Object> skill(SkillTask t) {
        return List.of(t.code(), t.occupationCode(), nz(t.workType()), t.level().grade(), t.pointCode(), t.name(),
                t.durationMinutes(), nz(t.background()), t.tasks(), nz(t.skillRequirements()), nz(t.qualityIndicators()),
                t.score(), nz(t.author()), nz(t.status()),
                t.review() == null ? "" : String.join("、", t.review().experts()),
                t.review() == null ? "" : t.review().date().toString());
    }

    static List<Object> rubric(String code, RubricRow r) {
        return List.of(code, r.number(), r.element(), r.points(), r.criteria(), nz(r.kind()), r.veto() ? "是" : "否");
    }

    static List<Object> prep(String code, PrepItem p) {
        return List.of(code, p.category().label(), p.name(), nz(p.spec()), nz(p.quantity()), nz(p.unit()), nz(p.note()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
