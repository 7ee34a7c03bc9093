package org.qbank.portal.pages;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Formatting for templates ({@code ${fmt.time(x)}}): times in Asia/Shanghai, numbers without trailing zeros. */
@ControllerAdvice(annotations = Controller.class)
class PageFormat {

    @ModelAttribute("fmt")
    Format fmt() {
        return Format.INSTANCE;
    }

    /** The formatter the templates call. */
    public static final class Format {
        static final Format INSTANCE = new Format();

        public String time(Instant at) {
            return at == null ? "—" : PageFormatting.time(at);
        }

        public String number(BigDecimal n) {
            return n == null ? "—" : n.stripTrailingZeros().toPlainString();
        }
    }
}
