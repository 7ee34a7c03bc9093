package org.qbank.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.Score;

/**
 * Original demo items, generated from templates written for qbank: numeric 单选题 whose key is computed (so it is
 * right) with plausible wrong answers, and 判断题 from a list of plain statements. Deterministic for a given seed.
 */
final class DemoItemTemplates {

    /** One generated item: the 鉴定点 code it belongs to, its type and content. */
    record DemoItem(String pointCode, ItemType type, ItemContent content) {
    }

    private record Numeric(String pointCode, Function<Random, Case> make) {
    }

    /** A stem with the correct value, the unit and two typical mistakes. */
    private record Case(String stem, BigDecimal answer, String unit, BigDecimal mistake1, BigDecimal mistake2) {
    }

    private static final List<Numeric> NUMERIC = List.of(
            new Numeric("A-B-001", r -> {
                int u = pick(r, 6, 12, 24, 36, 48, 110, 220);
                int i = pick(r, 2, 4, 5, 8, 10);
                return new Case("某电阻两端电压为 " + u + " V, 通过的电流为 " + i + " A, 该电阻的阻值为 ( )。",
                        div(u, i), "Ω", bd(u * i), div(i, u));
            }),
            new Numeric("A-B-001", r -> {
                int r1 = pick(r, 10, 20, 30, 47, 50, 68, 100);
                int r2 = pick(r, 15, 22, 33, 40, 75, 120, 150);
                return new Case("阻值分别为 " + r1 + " Ω 和 " + r2 + " Ω 的两只电阻串联, 总电阻为 ( )。",
                        bd(r1 + r2), "Ω", div(r1 * r2, r1 + r2), bd(Math.abs(r1 - r2)));
            }),
            new Numeric("A-B-001", r -> {
                int n = pick(r, 2, 3, 4, 5);
                int ohm = pick(r, 60, 120, 240, 300, 600);
                return new Case(n + " 只阻值均为 " + ohm + " Ω 的电阻并联, 等效电阻为 ( )。",
                        div(ohm, n), "Ω", bd(ohm * n), bd(ohm));
            }),
            new Numeric("A-B-002", r -> {
                int p = pick(r, 40, 60, 100, 200, 440, 1100);
                return new Case("额定电压 220 V、额定功率 " + p + " W 的纯电阻负载, 正常工作时的电流为 ( )。",
                        div(p, 220), "A", bd(p * 220L), div(220, p));
            }),
            new Numeric("B-C-004", r -> {
                BigDecimal kw = new BigDecimal(pick(r, 15, 22, 30, 55, 75, 110)).movePointLeft(1);
                int h = pick(r, 2, 4, 6, 8, 10);
                return new Case("一台额定功率 " + kw.toPlainString() + " kW 的电动机满载连续运行 " + h + " h, 消耗的电能为 ( )。",
                        kw.multiply(bd(h)), "kW·h", kw.multiply(bd(h)).multiply(bd(1000)), kw.divide(bd(h), 2, RoundingMode.HALF_UP));
            }),
            new Numeric("B-B-001", r -> {
                int n1 = pick(r, 1000, 1100, 1500, 2200);
                int k = pick(r, 5, 10, 20);
                int u1 = pick(r, 220, 380, 440, 1000);
                return new Case("单相变压器一次绕组 " + n1 + " 匝, 二次绕组 " + (n1 / k) + " 匝, 一次侧加 " + u1
                        + " V 电压时, 二次侧空载电压约为 ( )。", div(u1, k), "V", bd(u1 * k), bd(u1));
            }),
            new Numeric("B-A-001", r -> {
                int poles = pick(r, 1, 2, 3, 4, 6);
                return new Case("磁极对数为 " + poles + " 的三相异步电动机接在 50 Hz 电源上, 旋转磁场的同步转速为 ( )。",
                        bd(3000 / poles), "r/min", bd(3000 * poles), bd(6000 / poles));
            }));

    private static final String[][] STATEMENTS = {
            {"A-A-001", "电工作业人员应当遵守安全操作规程, 不得违章指挥和违章作业。", "√"},
            {"A-A-001", "只要工期紧张, 就可以先送电后补办工作票。", "×"},
            {"A-A-002", "电工应爱护工具和仪表, 使用后按规定存放。", "√"},
            {"A-A-002", "发现他人违章作业时, 与己无关可以不予制止。", "×"},
            {"A-B-003", "停电检修设备时, 必须先验明确无电压, 再装设接地线。", "√"},
            {"A-B-003", "发现有人触电, 应首先设法使触电者迅速脱离电源。", "√"},
            {"A-B-003", "用手直接拉拽触电者的衣服是安全的救护方法。", "×"},
            {"A-B-003", "在潮湿场所使用的手持电动工具应采用安全电压或装设剩余电流保护装置。", "√"},
            {"A-B-003", "熔断器的熔体可以用铜丝临时代替。", "×"},
            {"A-B-004", "用万用表测量电阻前, 应先切断被测电路的电源。", "√"},
            {"A-B-004", "兆欧表可以在被测设备带电的情况下测量绝缘电阻。", "×"},
            {"A-B-004", "电流表应串联在被测电路中。", "√"},
            {"A-B-004", "电压表应串联在被测电路中。", "×"},
            {"B-A-002", "星形—三角形降压启动只适用于正常运行时定子绕组为三角形联结的电动机。", "√"},
            {"B-A-003", "能耗制动是在切断交流电源后向定子绕组通入直流电流实现的。", "√"},
            {"B-A-004", "可编程控制器的输出继电器可以直接驱动任意大功率负载。", "×"},
            {"B-B-002", "三相异步电动机缺相运行时, 电流增大, 电动机容易过热。", "√"},
            {"B-B-003", "交流接触器的主触点一般用于接通和分断主电路。", "√"},
            {"B-B-003", "热继电器主要用于电动机的短路保护。", "×"},
            {"B-C-001", "螺口灯座的螺纹部分应接在相线上。", "×"},
            {"B-C-001", "照明开关应控制相线。", "√"},
            {"B-C-002", "低压配电柜检修时, 应在断开的开关操作手柄上悬挂“禁止合闸, 有人工作”标示牌。", "√"},
            {"B-C-003", "保护接地的作用是降低设备漏电时外壳的对地电压。", "√"},
            {"B-C-003", "同一低压配电系统中, 可以一部分设备接地、另一部分设备接零而不受任何限制。", "×"},
            {"B-C-004", "电能表的电流线圈应与负载串联。", "√"},
    };

    private DemoItemTemplates() {
    }

    /** {@code count} items: numeric single choice items cycling through the templates, then the statements. */
    static List<DemoItem> generate(int count, long seed) {
        Random random = new Random(seed);
        List<DemoItem> out = new ArrayList<>();
        for (String[] s : STATEMENTS) {
            out.add(new DemoItem(s[0], ItemType.TRUE_FALSE, ItemContent.choice(s[1], List.of(), s[2],
                    Difficulty.of(1 + random.nextInt(2)), Score.of("1"))));
        }
        Set<String> stems = new LinkedHashSet<>();
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 50) {
            Numeric template = NUMERIC.get(attempts % NUMERIC.size());
            Case c = template.make().apply(random);
            if (stems.add(c.stem())) {
                out.add(new DemoItem(template.pointCode(), ItemType.SINGLE_CHOICE, singleChoice(c, random)));
            }
        }
        return out;
    }

    private static ItemContent singleChoice(Case c, Random random) {
        Set<String> values = new LinkedHashSet<>();
        values.add(text(c.answer()));
        values.add(text(c.mistake1()));
        values.add(text(c.mistake2()));
        BigDecimal filler = c.answer().multiply(new BigDecimal("2"));
        while (values.size() < 4) {
            values.add(text(filler));
            filler = filler.add(c.answer().max(BigDecimal.ONE));
        }
        List<String> shuffled = new ArrayList<>(values).subList(0, 4);
        shuffled = new ArrayList<>(shuffled);
        Collections.shuffle(shuffled, random);
        String correct = text(c.answer());
        List<ChoiceOption> options = new ArrayList<>();
        String key = null;
        for (int i = 0; i < 4; i++) {
            String label = String.valueOf((char) ('A' + i));
            options.add(ChoiceOption.of(label, shuffled.get(i) + " " + c.unit()));
            if (shuffled.get(i).equals(correct)) {
                key = label;
            }
        }
        return ItemContent.choice(c.stem(), options, key, Difficulty.of(2 + random.nextInt(3)), Score.of("1"));
    }

    private static String text(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    private static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }

    private static BigDecimal div(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }

    private static int pick(Random r, int... values) {
        return values[r.nextInt(values.length)];
    }
}
