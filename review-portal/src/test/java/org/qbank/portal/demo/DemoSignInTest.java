package org.qbank.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo's start-up table names the port the server really listens on (here a random one), and it serves login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo_port;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoSignInTest {

    private static final Pattern SIGN_IN = Pattern.compile("Sign in at (\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    DemoSeeder seeder;

    @Test
    void theSignInLineNamesThePortTheServerListensOn(CapturedOutput output) throws Exception {
        seeder.seed();

        Matcher m = SIGN_IN.matcher(output.getOut());
        assertThat(m.find()).as("a sign-in line in %s", output.getOut()).isTrue();
        String url = m.group(1);
        assertThat(url).isEqualTo("http://localhost:" + port + "/login");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"password\"");
    }
}
