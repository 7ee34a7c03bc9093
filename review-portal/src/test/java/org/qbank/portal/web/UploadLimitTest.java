package org.qbank.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qbank.bank.access.Role;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.user.UserInfo;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload over the multipart limit, through the real servlet container (MockMvc never applies the limit): the
 * editor's JSON upload gets a problem naming the limits, a page upload the Chinese error page, and nothing is
 * stored. The limits are lowered to 10 MB per file and 12 MB per request here (the application allows 200 MB for
 * bank workbooks), so that an image just over bank-core's own 10 MB limit meets the container's limit first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:qbank_browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "qbank.assembly.job.time-limit=PT10S",
        "qbank.assembly.job.unimproved-limit=PT1S",
        "qbank.draw.window=P60D",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=12MB"})
@Import(Fixtures.class)
class UploadLimitTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "qbankUploadLimit";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anImageOverTheLimitIsRefusedWithTheLimitsAsJsonAndOnThePageAndNothingIsStored() throws Exception {
        long institution = fixtures.institution();
        UserInfo writer = fixtures.account(Role.ITEM_WRITER, institution);
        String csrf = login(writer.username());
        long imagesBefore = images();
        byte[] big = new byte[ImageStore.MAX_BYTES + 1024 * 1024];

        HttpResponse<String> json = http.send(upload("/items/images", big, csrf, "application/json"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json.body()).contains("\"code\":\"payload-too-large\"")
                .contains("上传的文件过大: 单个文件不超过 10 MB, 一次上传合计不超过 12 MB");

        HttpResponse<String> page = http.send(upload("/items/images", big, csrf, "text/html,application/xhtml+xml"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("上传的文件过大").contains("单个文件不超过 10 MB").contains("状态码 <span>413</span>");
        assertThat(images()).isEqualTo(imagesBefore);
    }

    private long images() {
        return jdbc.sql("SELECT COUNT(*) FROM image").query(Long.class).single();
    }

    private HttpRequest upload(String path, byte[] file, String csrf, String accept) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", csrf).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Signs in through the login form and answers the pages' CSRF token. */
    private String login(String username) throws IOException, InterruptedException {
        String form = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + find(FORM_CSRF, form);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return find(META_CSRF, http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("CSRF token in the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
