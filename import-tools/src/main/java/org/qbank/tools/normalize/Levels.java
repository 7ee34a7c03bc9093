package org.qbank.tools.normalize;

import java.util.Optional;

import org.qbank.bank.common.Level;

/** 等级 as written: 五级, 初级工, 初级, 5, 三级/高级工, full-width digits. */
public final class Levels {

    private Levels() {
    }

    public static Optional<Level> parse(String raw) {
        String t = Texts.fold(raw);
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return Level.parse(t);
    }
}
