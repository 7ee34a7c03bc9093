package org.qbank.tools.importing;

/** A line of a task's 准备通知单. Quantity stays text ("1 套", "若干"). */
public record PrepItem(int row, Category category, String name, String spec, String quantity, String unit, String note) {

    /** 考场准备 (site: equipment, tools, materials) or 考生准备 (what candidates bring). */
    public enum Category {
        SITE("考场准备"), CANDIDATE("考生准备");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Category parse(String text) {
            for (Category c : values()) {
                if (c.label.equals(text) || c.label.substring(0, 2).equals(text)) {
                    return c;
                }
            }
            return null;
        }
    }
}
