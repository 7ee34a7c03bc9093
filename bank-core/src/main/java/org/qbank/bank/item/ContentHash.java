package org.qbank.bank.item;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qbank.bank.hash.Sha256;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;

/**
 * The content hash of an item version: lowercase hex SHA-256 of the UTF-8 bytes of the canonical form.
 * Exports carry the hash and imports recompute it, so the form is fixed (version tag {@value #FORMAT}):
 * <pre>
 * qbank-item-content/1
 * path=value
 * …
 * </pre>
 * Lines are joined by LF, with no trailing LF. Only present (non-null, non-blank) values get a line, in this order:
 * {@code stem}, {@code stem.image[i]} (i from 1), {@code option[L].text}, {@code option[L].image} (options sorted
 * by label), {@code key}, {@code analysis}, {@code referenceAnswer}, {@code scoringPoints}, {@code difficulty}
 * (1–5), {@code score} (plain decimal without trailing zeros), then for skill tasks {@code skill.name},
 * {@code skill.durationMinutes}, {@code skill.background}, {@code skill.tasks}, {@code skill.skillRequirements},
 * {@code skill.qualityIndicators}, {@code skill.image[i]}, per rubric row by 序号 {@code skill.rubric[n].element},
 * {@code .points}, {@code .criteria}, {@code .kind} (M/J), {@code .veto} (true/false, always present), and per
 * preparation row in list order {@code skill.preparation[i].category} (SITE/CANDIDATE), {@code .name},
 * {@code .spec}, {@code .quantity}, {@code .unit}, {@code .note}. Values are the normalised texts of
 * {@link ItemContent} with {@code \} written as {@code \\} and LF as {@code \n}; image values are the images'
 * own SHA-256 hashes, so replacing an image changes the content hash.
 */
public final class ContentHash {

    public static final String FORMAT = "qbank-item-content/1";

    private ContentHash() {
    }

    public static String of(ItemContent content) {
        return Sha256.hex(canonical(content));
    }

    public static String canonical(ItemContent content) {
        StringBuilder b = new StringBuilder(FORMAT);
        fields(content).forEach((path, value) -> b.append('\n').append(path).append('=').append(escape(value)));
        return b.toString();
    }

    /** The content flattened to path → value in canonical order; also the basis of the field-level diff. */
    public static Map<String, String> fields(ItemContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "stem", c.stem());
        images(f, "stem.image", c.stemImages());
        c.options().stream().sorted(Comparator.comparing(ChoiceOption::label)).forEach(o -> {
            put(f, "option[" + o.label() + "].text", o.text());
            put(f, "option[" + o.label() + "].image", o.imageHash());
        });
        put(f, "key", c.key());
        put(f, "analysis", c.analysis());
        put(f, "referenceAnswer", c.referenceAnswer());
        put(f, "scoringPoints", c.scoringPoints());
        put(f, "difficulty", c.difficulty() == null ? null : String.valueOf(c.difficulty().value()));
        put(f, "score", c.score() == null ? null : c.score().text());
        SkillTask s = c.skill();
        if (s != null) {
            put(f, "skill.name", s.name());
            put(f, "skill.durationMinutes", String.valueOf(s.durationMinutes()));
            put(f, "skill.background", s.background());
            put(f, "skill.tasks", s.tasks());
            put(f, "skill.skillRequirements", s.skillRequirements());
            put(f, "skill.qualityIndicators", s.qualityIndicators());
            images(f, "skill.image", s.taskImages());
            s.rubric().stream().sorted(Comparator.comparingInt(RubricRow::seq)).forEach(r -> {
                String p = "skill.rubric[" + r.seq() + "]";
                put(f, p + ".element", r.element());
                put(f, p + ".points", r.points() == null ? null : r.points().text());
                put(f, p + ".criteria", r.criteria());
                put(f, p + ".kind", r.kind() == null ? null : r.kind().name());
                put(f, p + ".veto", String.valueOf(r.veto()));
            });
            List<PreparationItem> prep = s.preparation();
            for (int i = 0; i < prep.size(); i++) {
                PreparationItem p = prep.get(i);
                String path = "skill.preparation[" + (i + 1) + "]";
                put(f, path + ".category", p.category() == null ? null : p.category().name());
                put(f, path + ".name", p.name());
                put(f, path + ".spec", p.spec());
                put(f, path + ".quantity", p.quantity());
                put(f, path + ".unit", p.unit());
                put(f, path + ".note", p.note());
            }
        }
        return f;
    }

    private static void images(Map<String, String> f, String path, List<String> hashes) {
        for (int i = 0; i < hashes.size(); i++) {
            put(f, path + "[" + (i + 1) + "]", hashes.get(i));
        }
    }

    private static void put(Map<String, String> f, String path, String value) {
        if (value != null && !value.isBlank()) {
            f.put(path, value);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
