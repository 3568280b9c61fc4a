package org.foiflow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the README's "For developers" section; a change that breaks one fails the build. */
class PackageShapeTest {

  private static JavaClasses foiFlow;

  @BeforeAll
  static void importMainClasses() {
    foiFlow = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.foiflow");
  }

  @Test
  void packagesDependOneWay() {
    slices().matching("org.foiflow.(*)..").should().beFreeOfCycles().check(foiFlow);
  }

  @Test
  void theProcessContractDependsOnNothingElseOfFoiFlow() {
    noClasses().that().resideInAPackage("org.foiflow.contract..")
        .should().dependOnClassesThat(resideInAPackage("org.foiflow..").and(not(resideInAPackage("org.foiflow.contract.."))))
        .check(foiFlow);
  }

  /**
   * Camunda's internals (packages named impl) are used in org.foiflow.engine, where each use is
   * listed with its reason (package-info.java), and by the few classes named here, where the
   * engine's public API itself hands out an internal type.
   */
  @Test
  void engineInternalsOnlyWhereListed() {
    noClasses().that().resideOutsideOfPackage("org.foiflow.engine..")
        .and().doNotHaveFullyQualifiedName("org.foiflow.security.RequestAccess")
        .and().doNotHaveFullyQualifiedName("org.foiflow.security.Logins")
        .and().doNotHaveFullyQualifiedName("org.foiflow.security.CsrfGuard")
        .and().doNotHaveFullyQualifiedName("org.foiflow.mail.WaitingEmails")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm..impl..")
        .check(foiFlow);
  }
}
