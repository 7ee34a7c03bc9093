package org.qbank.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemType;

class DemoItemTemplatesTest {

    @Test
    void twoHundredDistinctItemsWithOneKeyAmongFourDistinctOptions() {
        List<DemoItemTemplates.DemoItem> items = DemoItemTemplates.generate(200, 7L);

        assertThat(items).hasSize(200);
        assertThat(items.stream().map(i -> i.content().stem()).distinct()).hasSize(200);
        for (DemoItemTemplates.DemoItem item : items.stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE).toList()) {
            ItemContent c = item.content();
            Set<String> texts = new HashSet<>();
            c.options().forEach(o -> texts.add(o.text()));
            assertThat(texts).as(c.stem()).hasSize(4);
            assertThat(c.key()).isIn("A", "B", "C", "D");
        }
    }

    @Test
    void theKeyOfAComputedItemIsTheComputedValue() {
        DemoItemTemplates.DemoItem ohm = DemoItemTemplates.generate(200, 7L).stream()
                .filter(i -> i.content().stem().startsWith("某电阻两端电压为")).findFirst().orElseThrow();
        String stem = ohm.content().stem();
        int volts = Integer.parseInt(stem.substring("某电阻两端电压为 ".length(), stem.indexOf(" V")));
        int amps = Integer.parseInt(stem.substring(stem.indexOf("电流为 ") + 4, stem.indexOf(" A")));
        String keyText = ohm.content().option(ohm.content().key()).orElseThrow().text();
        assertThat(new java.math.BigDecimal(keyText.replace(" Ω", "")))
                .isEqualByComparingTo(new java.math.BigDecimal(volts).divide(new java.math.BigDecimal(amps), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void everyItemPointsIntoTheDemoTree() {
        Set<String> codes = new HashSet<>();
        DemoTree.rows().forEach(r -> codes.add(r.code()));
        assertThat(DemoItemTemplates.generate(200, 7L)).allSatisfy(i -> assertThat(codes).contains(i.pointCode()));
    }
}
