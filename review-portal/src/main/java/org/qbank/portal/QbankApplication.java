package org.qbank.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one process a user starts: pages, REST API and security over the bank. */
@SpringBootApplication(scanBasePackages = "org.qbank")
@EntityScan("org.qbank")
@EnableJpaRepositories("org.qbank")
public class QbankApplication {

    public static void main(String[] args) {
        SpringApplication.run(QbankApplication.class, args);
    }
}
