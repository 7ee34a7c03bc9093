package org.qbank.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module edges run one way: review-portal → import-tools → paper-assembly → bank-core. */
@AnalyzeClasses(packages = "org.qbank", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule bankCoreDependsOnNoOtherModule = noClasses().that().resideInAPackage("org.qbank.bank..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qbank.assembly..", "org.qbank.tools..", "org.qbank.portal..")
            .because("bank-core is the bottom of the module graph");

    @ArchTest
    static final ArchRule bankCoreHasNoWebServletOrSecurity = noClasses().that().resideInAPackage("org.qbank.bank..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.security..",
                    "jakarta.servlet..", "org.springframework.http..")
            .because("bank-core is used by the CLI too and never sees a request");

    @ArchTest
    static final ArchRule paperAssemblyDependsOnlyOnBankCore = noClasses().that().resideInAPackage("org.qbank.assembly..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qbank.tools..", "org.qbank.portal..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule importToolsDoNotDependOnThePortal = noClasses().that().resideInAPackage("org.qbank.tools..")
            .should().dependOnClassesThat().resideInAPackage("org.qbank.portal..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersNeverTouchRepositories = noClasses().that().resideInAPackage("org.qbank.portal..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .because("the portal goes through bank-core services, which scope every query to the actor's institutions");
}
