package org.qbank.tools.word;

import java.math.BigDecimal;
import java.util.List;

/**
 * A theory paper as printed. Others map their papers into it; nothing here reads storage.
 *
 * @param level           as printed, e.g. 三级/高级工
 * @param subject         e.g. 理论知识
 * @param fingerprint     the paper's fingerprint (DOMAIN §8), printed in the footer
 * @param sampleMark      text marked on every page (样卷·未发放, or who downloaded it when), null for none
 */
public record PaperView(String title, String occupation, String level, String subject, int durationMinutes,
                        String batchCode, String sessionCode, String fingerprint, List<Section> sections,
                        String sampleMark) {

    public PaperView {
        sections = List.copyOf(sections);
    }

    /** Sum of every section's points. */
    public BigDecimal totalPoints() {
        return sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A section such as 一、判断题.
     *
     * @param name       the type's name without the numeral, e.g. 判断题 (numbering is added when printing)
     * @param pointsEach points of each question
     */
    public record Section(String name, BigDecimal pointsEach, List<Question> questions) {

        public Section {
            questions = List.copyOf(questions);
        }

        public BigDecimal points() {
            return pointsEach.multiply(BigDecimal.valueOf(questions.size()));
        }
    }

    /**
     * A question as printed: {@code number} runs through the paper; {@code options} without letters;
     * {@code answer} and {@code explanation} appear only in the answer key (for free-response types the answer is
     * the reference answer and the explanation the scoring points).
     */
    public record Question(int number, String stem, List<String> options, List<Image> images, String answer,
                           String explanation) {

        public Question {
            options = List.copyOf(options);
            images = List.copyOf(images);
        }
    }

    /** A picture with its printed size in points. */
    public record Image(String name, byte[] data, int widthPt, int heightPt) {
    }
}
