package org.clusterwright;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the engine free of UI and console code, so the wizard and the command line stay two faces of it. */
@AnalyzeClasses(packages = "org.clusterwright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.clusterwright.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the ui package may touch JavaFX or ControlsFX");

    @ArchTest
    static final ArchRule onlyTheFacesPrintToTheConsole = noClasses()
            .that().resideOutsideOfPackages("org.clusterwright.cli..", "org.clusterwright.ui..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("nothing below the command line and the wizard prints or reads the console");

    @ArchTest
    static final ArchRule nothingReadsTheConsoleBelowTheFaces = noClasses()
            .that().resideOutsideOfPackages("org.clusterwright.cli..", "org.clusterwright.ui..")
            .should().accessField(System.class, "in")
            .orShould().callMethod(System.class, "console");

    @ArchTest
    static final ArchRule theProfileDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.clusterwright.profile..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clusterwright.check..",
                    "org.clusterwright.engine..", "org.clusterwright.cli..", "org.clusterwright.ui..",
                    "org.clusterwright.nodes..", "org.clusterwright.report..", "org.clusterwright.secrets..",
                    "org.clusterwright.storage");

    @ArchTest
    static final ArchRule storagePathRulesAreALeafTheProfileMayUse = noClasses()
            .that().resideInAPackage("org.clusterwright.storagepath..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.clusterwright.storagepath..")
            .because("the profile's validator uses the storage path rules, so they may depend on nothing of ours;"
                    + " one rule, no package cycle");

    @ArchTest
    static final ArchRule fileHelpersAreALeafEveryPackageMayUse = noClasses()
            .that().resideInAPackage("org.clusterwright.io..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.clusterwright.io..")
            .because("io holds file helpers the profile uses, so it may depend on nothing of ours");

    @ArchTest
    static final ArchRule onlyTheSecretsPackageTouchesTheKeyring = noClasses()
            .that().resideOutsideOfPackage("org.clusterwright.secrets..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.javakeyring..", "org.freedesktop..")
            .because("the keyring's deadline and fallback live in one place; everything else sees a SecretStore");

    @ArchTest
    static final ArchRule theEngineNeverReachesBackIntoTheFaces = noClasses()
            .that().resideOutsideOfPackages("org.clusterwright.cli..", "org.clusterwright.ui..")
            .and().doNotHaveFullyQualifiedName(Clusterwright.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("org.clusterwright.cli..", "org.clusterwright.ui..");

    @ArchTest
    static final ArchRule theLabUsesOnlyNodesProfileAndSecrets = noClasses()
            .that().resideInAPackage("org.clusterwright.lab..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clusterwright.check..",
                    "org.clusterwright.engine..", "org.clusterwright.database..", "org.clusterwright.keys..",
                    "org.clusterwright.storage..", "org.clusterwright.cluster..", "org.clusterwright.report..",
                    "org.clusterwright.smb..", "org.clusterwright.remote..", "org.clusterwright.cli..",
                    "org.clusterwright.ui..")
            .because("the lab stands in for a cluster: it may read and write what a cluster holds (node configs, a"
                    + " profile, secrets) but never lean on the code that checks a cluster, or it would agree with it"
                    + " by construction");

    @ArchTest
    static final ArchRule onlyTheRemotePackageOpensSmbSessions = noClasses()
            .that().resideOutsideOfPackage("org.clusterwright.remote..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.hierynomus.smbj.SMBClient")
            .orShould().dependOnClassesThat().areAssignableTo("com.hierynomus.smbj.auth.AuthenticationContext")
            .because("SMB sessions are opened in one place (remote.SmbSession) and logged on in one place"
                    + " (remote.Credentials), so another way to log on changes one class");

    @ArchTest
    static final ArchRule onlyTheFacesStartALab = noClasses()
            .that().resideOutsideOfPackages("org.clusterwright.lab..", "org.clusterwright.cli..",
                    "org.clusterwright.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.clusterwright.lab..")
            .because("the engine must work the same on a real cluster and on the lab");

    @ArchTest
    static final ArchRule onlyTheLabRunsServers = noClasses()
            .that().resideOutsideOfPackage("org.clusterwright.lab..")
            .should().dependOnClassesThat().resideInAnyPackage("io.zonky..", "com.sun.net.httpserver..")
            .because("embedded PostgreSQL and the simulated nodes' HTTP servers belong to the demo lab alone");

    @ArchTest
    static final ArchRule noCyclesBetweenTheTopLevelPackages = slices().matching("org.clusterwright.(*)..")
            .should().beFreeOfCycles()
            .because("each part of the program (profile, engine, storage, ui, ...) can then be read, tested and"
                    + " changed with only what lies below it");

    @ArchTest
    static final ArchRule noCyclesBetweenAnyTwoPackages = slices().matching("org.clusterwright.(**)")
            .should().beFreeOfCycles()
            .because("the same holds inside a part: the wizard's window, its pages, widgets and view models each"
                    + " depend only on those below them");

    @ArchTest
    static final ArchRule viewModelsHoldNoSceneGraph = noClasses()
            .that().resideInAPackage("org.clusterwright.ui.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "org.controlsfx..", "org.clusterwright.ui.pages..", "org.clusterwright.ui.widgets..",
                    "org.clusterwright.ui.dialogs..")
            .because("view models are tested without a window: they hold properties and call the engine;"
                    + " pages, widgets and dialogs bind to them");
}
