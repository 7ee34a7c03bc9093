package org.qbank.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.item.ItemCode;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemStatus;
import org.qbank.portal.Fixtures;
import org.qbank.portal.PortalTest;
import org.qbank.portal.security.QbankUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class BankImportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemService items;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDryRunReportsAndStoresNothingThenTheConfirmationStoresTheWorkbook() throws Exception {
        long a = fixtures.institution();
        String occupation = fixtures.occupation().code();
        QbankUser exam = fixtures.user(Role.EXAM_ADMIN, a);
        byte[] book = BankWorkbooks.workbook(occupation,
                BankWorkbooks.item("API-1", "A-A-001", "我国规定的安全电压额定值中最高的是", "A"),
                BankWorkbooks.item("API-2", "A-A-002", "保护接地的接地电阻一般不应大于多少欧", "B"));

        String body = mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports").file(file("bank.xlsx", book))
                        .param("dryRun", "true").with(user(exam)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.report.counts.theoryItems").value(2))
                .andExpect(jsonPath("$.report.duplicates.pairs").isArray())
                .andReturn().getResponse().getContentAsString();
        String uploadId = json.readTree(body).get("uploadId").asText();
        assertThat(uploadId).isNotBlank();

        mvc.perform(post("/api/v1/institutions/" + a + "/bank-imports/" + uploadId + "/store").with(user(exam)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.summary.created").value(2));
        assertThat(items.getByCode(exam.actor(), a, ItemCode.of("API-2")).latest().status()).isEqualTo(ItemStatus.DRAFT);
        mvc.perform(post("/api/v1/institutions/" + a + "/bank-imports/" + uploadId + "/store").with(user(exam)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRejectedWorkbookIsAProblemListingEachErrorAndItsCopyHasTheErrorColumn() throws Exception {
        long a = fixtures.institution();
        QbankUser admin = fixtures.user(Role.INSTITUTION_ADMIN, a);
        byte[] book = BankWorkbooks.workbook(fixtures.occupation().code(),
                BankWorkbooks.item("BAD-1", "A-A-001", "安全电压的上限是", "E"));

        String body = mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports").file(file("bad.xlsx", book))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("workbook-rejected"))
                .andExpect(jsonPath("$.report.errors[0].sheet").value("试题"))
                .andExpect(jsonPath("$.report.errors[0].row").value(2))
                .andExpect(jsonPath("$.report.errors[*].column", hasItem("答案")))
                .andReturn().getResponse().getContentAsString();
        String uploadId = json.readTree(body).get("uploadId").asText();

        byte[] copy = mvc.perform(get("/api/v1/institutions/" + a + "/bank-imports/" + uploadId + "/errors.xlsx")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var row1 = wb.getSheet("试题").getRow(0);
            assertThat(row1.getCell(row1.getLastCellNum() - 1).getStringCellValue()).isEqualTo("错误");
            var row2 = wb.getSheet("试题").getRow(1);
            assertThat(row2.getCell(row2.getLastCellNum() - 1).getStringCellValue()).contains("答案");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> items.getByCode(admin.actor(), a, ItemCode.of("BAD-1")))
                .isInstanceOf(org.qbank.bank.common.NotFoundException.class);
    }

    @Test
    void aRowAlreadyInTheBankIsReportedAsADuplicateWithoutRejectingTheWorkbook() throws Exception {
        long a = fixtures.institution();
        String occupation = fixtures.occupation().code();
        QbankUser admin = fixtures.user(Role.INSTITUTION_ADMIN, a);
        String[] first = BankWorkbooks.item("DUP-1", "A-A-001", "人体触电时电流通过人体的途径中最危险的是", "C");
        mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports")
                        .file(file("bank.xlsx", BankWorkbooks.workbook(occupation, first))).with(user(admin)))
                .andExpect(status().isCreated());
        String[] again = BankWorkbooks.item("", "A-A-001", first[2], "C");

        JsonNode report = json.readTree(mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports")
                        .file(file("again.xlsx", BankWorkbooks.workbook(occupation, again))).param("dryRun", "true")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andReturn().getResponse().getContentAsString()).get("report");

        JsonNode pair = report.get("duplicates").get("pairs").get(0);
        assertThat(pair.get("kind").asText()).isEqualTo("完全相同");
        assertThat(pair.get("otherCode").asText()).isEqualTo("DUP-1");
        assertThat(pair.get("row").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").toString()).contains("DUP-1");
    }

    @Test
    void onlyExamAndInstitutionAdminsOfTheInstitutionMayImport() throws Exception {
        long a = fixtures.institution();
        byte[] book = BankWorkbooks.workbook(fixtures.occupation().code(),
                BankWorkbooks.item("R-1", "A-A-001", "安全电压的上限是", "A"));
        mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports").file(file("bank.xlsx", book))
                        .with(user(fixtures.user(Role.ITEM_WRITER, a))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports").file(file("bank.xlsx", book))
                        .with(user(fixtures.user(Role.EXAM_ADMIN, fixtures.institution()))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/institutions/" + a + "/bank-imports").file(file("bank.exe", book))
                        .with(user(fixtures.user(Role.EXAM_ADMIN, a))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("file"));
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }
}
