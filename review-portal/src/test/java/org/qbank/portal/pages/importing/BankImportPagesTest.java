package org.qbank.portal.pages.importing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.importing.BankWorkbooks;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class BankImportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void anExamAdminChecksTheUploadReadsTheReportAndConfirmsTheStore() throws Exception {
        long a = fixtures.institution();
        QbankUser exam = fixtures.user(Role.EXAM_ADMIN, a);
        byte[] book = BankWorkbooks.workbook(fixtures.occupation().code(),
                BankWorkbooks.item("PAGE-1", "A-A-001", "我国规定的安全电压额定值中最高的是", "A"),
                BankWorkbooks.item("PAGE-2", "A-A-001", "我国规定的安全电压的额定值中，最高的是", "A"));

        mvc.perform(get("/bank-imports").with(user(exam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上传题库工作簿")));
        String page = mvc.perform(multipart("/bank-imports").file(file(book)).with(user(exam)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("检查通过")))
                .andExpect(content().string(containsString("duplicate-table")))
                .andExpect(content().string(containsString("本文件第 2 行")))
                .andExpect(content().string(containsString("确认导入")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("/bank-imports/([0-9a-f-]{36})/store").matcher(page);
        assertThat(m.find()).isTrue();

        mvc.perform(post("/bank-imports/" + m.group(1) + "/store").with(user(exam)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入完成")))
                .andExpect(content().string(containsString("新试题 2")));
    }

    @Test
    void aRejectedUploadListsSheetRowAndColumnAndOffersTheErrorCopy() throws Exception {
        long a = fixtures.institution();
        QbankUser admin = fixtures.user(Role.INSTITUTION_ADMIN, a);
        byte[] book = BankWorkbooks.workbook(fixtures.occupation().code(),
                BankWorkbooks.item("PAGE-BAD", "A-A-001", "安全电压的上限是", "E"));

        String page = mvc.perform(multipart("/bank-imports").file(file(book)).with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("检查未通过")))
                .andExpect(content().string(containsString("error-table")))
                .andExpect(content().string(containsString("<td>答案</td><td>E</td>")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("confirm-import");
        Matcher m = Pattern.compile("/bank-imports/([0-9a-f-]{36})/errors.xlsx").matcher(page);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/bank-imports/" + m.group(1) + "/errors.xlsx").with(user(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/bank-imports/" + m.group(1) + "/errors.xlsx").with(user(fixtures.user(Role.INSTITUTION_ADMIN, a))))
                .andExpect(status().isNotFound());
    }

    @Test
    void writersAndReviewersCannotOpenTheImportPage() throws Exception {
        long a = fixtures.institution();
        mvc.perform(get("/bank-imports").with(user(fixtures.user(Role.ITEM_WRITER, a))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/bank-imports").file(file(new byte[]{1})).with(user(fixtures.user(Role.REVIEWER, a))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "题库.xlsx", "application/octet-stream", content);
    }
}
