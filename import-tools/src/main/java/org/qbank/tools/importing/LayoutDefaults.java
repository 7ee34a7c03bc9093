package org.qbank.tools.importing;

import java.util.Map;

import org.qbank.bank.common.Level;

/**
 * What an upload in another layout (the common third-party layout: 题干, 题型, 选项A–H, 正确答案, 解析, 章节, 难度;
 * or a CSV) does not say itself: the occupation and level of all its rows, and which 鉴定点 each 章节 stands for.
 * Values in the file win over these.
 *
 * @param chapterToPoint 章节 text → 鉴定点代码, matched after trimming
 */
public record LayoutDefaults(String occupationCode, String workType, Level level, Map<String, String> chapterToPoint) {

    public static final LayoutDefaults NONE = new LayoutDefaults(null, null, null, Map.of());

    public LayoutDefaults {
        chapterToPoint = Map.copyOf(chapterToPoint);
    }
}
