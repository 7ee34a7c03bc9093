package org.qbank.tools.cli;

import java.util.List;

import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.institution.Institutions;
import org.qbank.tools.storage.BankExporter;
import org.qbank.tools.storage.BankImports;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The non-web context of qbank-tools: every qbank service and repository on the class path plus the command beans.
 * Deliberately not a {@code @Configuration}: the portal scans {@code org.qbank} and must not pick this up.
 */
@EnableAutoConfiguration
@ComponentScan(basePackages = "org.qbank",
        excludeFilters = {@ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.qbank\\..*\\.testsupport\\..*"),
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.qbank\\.portal\\..*")})
@EntityScan("org.qbank")
@EnableJpaRepositories("org.qbank")
public class ToolsApplication {

    @Bean
    InstitutionActors institutionActors(Institutions institutions) {
        return new InstitutionActors(institutions);
    }

    @Bean
    ImportCommand importCommand(BankImports imports, InstitutionActors actors) {
        return new ImportCommand(imports, actors);
    }

    @Bean
    ExportCommand exportCommand(BankExporter exporter, InstitutionActors actors) {
        return new ExportCommand(exporter, actors);
    }

    @Bean
    IssuedPaperCheck issuedPaperCheck(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new IssuedPaperCheck(jdbc);
    }

    @Bean
    PaperPrinter paperPrinter(org.qbank.bank.item.ItemService items, org.qbank.bank.image.ImageStore images) {
        return new PaperPrinter(items, images);
    }

    @Bean
    AssembleCommand assembleCommand(InstitutionActors actors, org.qbank.bank.occupation.OccupationService occupations,
                                    org.qbank.assembly.bank.BankInputs inputs, org.qbank.assembly.paper.PaperService papers,
                                    org.qbank.assembly.session.SessionDrawService draws, PaperPrinter printer,
                                    org.qbank.bank.item.ItemService items) {
        return new AssembleCommand(actors, occupations, inputs, papers, draws, printer, new SkillPaperPrinter(items));
    }

    @Bean
    DuplicatesCommand duplicatesCommand(org.qbank.bank.search.DuplicateSweep sweep, org.qbank.bank.search.SearchSource items,
                                        InstitutionActors actors) {
        return new DuplicatesCommand(sweep, items, actors);
    }

    @Bean
    VerifyCommand verifyCommand(Institutions institutions, AuditLog audit, List<PaperCheck> checks) {
        return new VerifyCommand(institutions, audit, checks);
    }
}
