package org.clusterwright.ui.widgets;

import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TextColumnsTest {
    private static final String SHORT = "No change";
    private static final String LONG = "A remedy long enough to need many lines in a narrow column: it names the"
            + " server, the share, the account and what to change on each, then how to check the change again, so"
            + " a person reading it in full goes to the detail below the table.";

    @Start
    void start(Stage stage) {
        TableView<String> table = new TableView<>();
        table.setId("table");
        table.getColumns().add(TextColumns.wrapping("Text", row -> row));
        table.getColumns().get(0).setPrefWidth(160);
        table.getItems().setAll(List.of(SHORT, LONG));
        stage.setScene(new Scene(table, 200, 400));
        stage.show();
    }

    @Test
    void longTextWrapsButARowStaysAtMostFourLinesHigh(FxRobot robot) {
        List<TableRow<?>> rows = new java.util.ArrayList<>();
        robot.lookup(".table-row-cell").queryAll().forEach(node -> {
            if (node instanceof TableRow<?> row && row.getItem() != null) {
                rows.add(row);
            }
        });
        double shortRow = rows.stream().filter(r -> SHORT.equals(r.getItem())).findFirst().orElseThrow().getHeight();
        double longRow = rows.stream().filter(r -> LONG.equals(r.getItem())).findFirst().orElseThrow().getHeight();
        assertThat(longRow).isGreaterThan(shortRow * 2).isLessThanOrEqualTo(shortRow * 4.2);
    }
}
