package org.clusterwright.ui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WindowIconsTest {

    @Test
    void everyIconSizeTheWindowAsksForIsPackagedAtThatSize() throws IOException {
        for (int size : WindowIcons.SIZES) {
            try (InputStream png = WindowIcons.class.getResourceAsStream(WindowIcons.resource(size))) {
                assertThat(png).as("resource %s", WindowIcons.resource(size)).isNotNull();
                BufferedImage image = ImageIO.read(png);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }
}
