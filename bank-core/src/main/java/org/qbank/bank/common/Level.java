package org.qbank.bank.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * 职业技能等级. Numbered 5..1 as on certificates; {@link #ONE} (一级/高级技师) is the highest.
 */
public enum Level {
    FIVE(5, "五级", "初级工"),
    FOUR(4, "四级", "中级工"),
    THREE(3, "三级", "高级工"),
    TWO(2, "二级", "技师"),
    ONE(1, "一级", "高级技师");

    private final int number;
    private final String grade;
    private final String title;

    Level(int number, String grade, String title) {
        this.number = number;
        this.grade = grade;
        this.title = title;
    }

    public int number() {
        return number;
    }

    /** 五级 … 一级. */
    public String grade() {
        return grade;
    }

    /** 初级工 … 高级技师. */
    public String title() {
        return title;
    }

    /** As printed on forms: 三级/高级工. */
    public String displayName() {
        return grade + "/" + title;
    }

    public static Level ofNumber(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("等级必须是 5 到 1 之间的数字: " + number));
    }

    /**
     * Accepts 五级/四级/…, 初级工/中级工/…, 初级/中级/高级, 5..1, the enum name, or a combined "三级/高级工".
     */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('／', '/');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("/")) {
            t = t.substring(0, t.indexOf('/')).strip();
        }
        for (Level l : values()) {
            if (t.equals(l.grade) || t.equals(l.title) || t.equals(String.valueOf(l.number))
                    || t.toUpperCase(Locale.ROOT).equals(l.name())) {
                return Optional.of(l);
            }
        }
        return switch (t) {
            case "初级" -> Optional.of(FIVE);
            case "中级" -> Optional.of(FOUR);
            case "高级" -> Optional.of(THREE);
            case "５" -> Optional.of(FIVE);
            case "４" -> Optional.of(FOUR);
            case "３" -> Optional.of(THREE);
            case "２" -> Optional.of(TWO);
            case "１" -> Optional.of(ONE);
            default -> Optional.empty();
        };
    }
}
