package org.clusterwright.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.clusterwright.profile.NodeAccess;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.secrets.InMemorySecretStore;
import org.clusterwright.ui.viewmodel.PageId;
import org.clusterwright.ui.viewmodel.WizardModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Alt+letter on a page reaches one control: two on one page make the second a press away, and Alt+B and Alt+N
 * never reach a page, since the window takes them for Back and Next.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsTest {
    private WizardWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        OpenWizard wizard = OpenWizard.on(stage, new WizardModel(new ProfileStore(), new InMemorySecretStore()),
                Duration.ofSeconds(5));
        window = wizard.window();
        scene = wizard.scene();
    }

    @Test
    void everyPageHasDistinctMnemonicsApartFromBackAndNext(FxRobot robot) {
        for (PageId page : PageId.values()) {
            robot.interact(() -> window.show(page));
            assertDistinct(page.name());
        }
    }

    @Test
    void stepOneHasDistinctMnemonicsForEveryWayOfReachingAServer(FxRobot robot) {
        robot.interact(() -> window.show(PageId.DATABASE));
        robot.clickOn("#add-node");
        for (NodeAccess access : NodeAccess.values()) {
            robot.interact(() -> robot.lookup("#node-access").<ComboBox<NodeAccess>>query().setValue(access));
            Map<Character, List<String>> mnemonics =
                    assertDistinct("step 1, a server reached by " + access.displayName());
            assertThat(mnemonics).as("mnemonics on step 1").containsKeys('C', 'W', 'T');
        }
    }

    /** The page's mnemonics, by letter, after checking that each letter reaches one control. */
    private Map<Character, List<String>> assertDistinct(String where) {
        Map<Character, List<String>> byLetter = new TreeMap<>();
        for (Labeled labeled : visibleLabeled(scene.getRoot(), new ArrayList<>())) {
            String text = labeled.getText();
            int underscore = text == null || !labeled.isMnemonicParsing() ? -1 : text.indexOf('_');
            if (underscore >= 0 && underscore + 1 < text.length()) {
                char letter = Character.toUpperCase(text.charAt(underscore + 1));
                byLetter.computeIfAbsent(letter, missing -> new ArrayList<>()).add(text);
            }
        }
        Map<Character, List<String>> shared = byLetter.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).as("letters more than one control on %s answers to", where).isEmpty();
        assertThat(byLetter).as("Alt+B and Alt+N on %s, which the window takes for Back and Next", where)
                .doesNotContainKeys('B', 'N');
        return byLetter;
    }

    private static List<Labeled> visibleLabeled(Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof Labeled labeled) {
            found.add(labeled);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visibleLabeled(child, found);
            }
        }
        return found;
    }
}
