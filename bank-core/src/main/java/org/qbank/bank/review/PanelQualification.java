package org.qbank.bank.review;

import java.util.Collection;
import java.util.Comparator;

import org.qbank.bank.common.Level;

/**
 * DOMAIN §5's expectation of an expert for the target level: items up to 三级 need an expert of 二级/技师 or above;
 * 二级 and 一级 items need 一级/高级技师 or a senior professional title (高级工程师, 高级技师, 教授, 研究员 …).
 * A senior title also satisfies the lower levels. Falling short is a warning, never a refusal.
 */
final class PanelQualification {

    private PanelQualification() {
    }

    /** The warning for this expert, or null when they meet the expectation of the highest target level. */
    static String warning(Level expertLevel, String title, Collection<Level> targets) {
        Level highest = targets.stream().min(Comparator.comparingInt(Level::number)).orElse(Level.FIVE);
        if (seniorTitle(title)) {
            return null;
        }
        Level needed = highest.number() <= 2 ? Level.ONE : Level.TWO;
        if (expertLevel != null && expertLevel.number() <= needed.number()) {
            return null;
        }
        String own = expertLevel == null ? "未登记等级" : "本人等级为 " + expertLevel.displayName();
        String titled = title == null || title.isBlank() ? "" : ", 职称 " + title;
        String expected = highest.number() <= 2 ? "一级/高级技师或高级职称" : "二级/技师及以上";
        return "专家" + own + titled + ", 低于评审 " + highest.displayName() + " 试题所需的 " + expected;
    }

    static boolean seniorTitle(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String t = title.strip();
        if (t.equals("高级工") || t.startsWith("高级工/")) {
            return false;
        }
        return t.contains("高级") || t.contains("教授") || t.contains("研究员") || t.contains("正高");
    }
}
