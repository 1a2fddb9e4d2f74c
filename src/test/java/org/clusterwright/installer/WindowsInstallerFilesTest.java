package org.clusterwright.installer;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Windows installer is built from, checked here since no Windows machine builds it in the tests: the
 * .msi's WiX source puts the folder of clusterwright.cmd on PATH (and off it on uninstall) next to everything
 * jpackage generates, and clusterwright.cmd hands every argument and the exit code to the console launcher,
 * whose properties make it a console program. Not yet run on Windows (see README).
 */
class WindowsInstallerFilesTest {
    private static final Path WINDOWS = Path.of("installer/windows");

    @Test
    void theMsiAppendsTheShimsFolderToPathAndRemovesItOnUninstall() throws Exception {
        Document wix = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WINDOWS.resolve("main.wxs").toFile());

        Element path = single(wix, "Environment");
        assertThat(path.getAttribute("Name")).isEqualTo("PATH");
        assertThat(path.getAttribute("Part")).isEqualTo("last");
        assertThat(path.getAttribute("Permanent")).isEqualTo("no");
        assertThat(path.getAttribute("Action")).isEqualTo("set");
        // [INSTALLDIR]app holds jpackage's input, where the pom stages installer/windows/input
        assertThat(path.getAttribute("Value")).isEqualTo("[INSTALLDIR]app\\bin");
        assertThat(Files.exists(WINDOWS.resolve("input/bin/clusterwright.cmd"))).isTrue();

        Element component = (Element) path.getParentNode();
        assertThat(refs(wix, "ComponentRef")).contains(component.getAttribute("Id"));
        assertThat(refs(wix, "ComponentGroupRef")).contains("Files", "Shortcuts", "FileAssociations");
        assertThat(Files.readString(WINDOWS.getParent().resolve("windows.args")))
                .contains("--resource-dir installer/windows");
    }

    @Test
    void theShimForwardsEveryArgumentAndTheExitCodeToTheConsoleLauncher() throws Exception {
        List<String> lines = Files.readAllLines(WINDOWS.resolve("input/bin/clusterwright.cmd"), StandardCharsets.UTF_8);
        List<String> commands = lines.stream().filter(line -> !line.startsWith("rem ") && !line.isBlank()).toList();

        assertThat(commands).containsExactly("@echo off", "\"%~dp0..\\..\\clusterwright-cli.exe\" %*",
                "exit /b %ERRORLEVEL%");
        assertThat(Files.readString(WINDOWS.resolve("clusterwright-cli.properties"))).contains("win-console=true");
        assertThat(Files.readString(WINDOWS.getParent().resolve("windows-image.args")))
                .contains("--add-launcher clusterwright-cli=installer/windows/clusterwright-cli.properties");
    }

    private static Element single(Document document, String tag) {
        NodeList found = document.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static List<String> refs(Document document, String tag) {
        NodeList found = document.getElementsByTagName(tag);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            ids.add(((Element) found.item(i)).getAttribute("Id"));
        }
        return ids;
    }
}
