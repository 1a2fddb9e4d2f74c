package org.clusterwright.installer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The icon files icons/render wrote hold what Windows and macOS look for, each image a PNG of the size it claims. */
class IconFilesTest {
    private static final Path ICONS = Path.of("icons");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void theIcoHoldsAPngForEverySizeWindowsShows() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("clusterwright.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).as("type 1, an icon").isEqualTo((short) 1);
        List<Integer> sizes = new ArrayList<>();
        for (int entry = 0; entry < ico.getShort(4); entry++) {
            int at = 6 + 16 * entry;
            int size = ico.get(at) == 0 ? 256 : Byte.toUnsignedInt(ico.get(at));
            assertThat(pngSize(ico, ico.getInt(at + 12))).isEqualTo(size);
            sizes.add(size);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void theIcnsHoldsAPngForEveryElementMacOsReads() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("clusterwright.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(bytes, 0, 4)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(bytes.length);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            sizes.put(new String(bytes, at, 4), pngSize(icns, at + 8));
        }
        // the @2x elements (ic11 to ic14, ic10) repeat the doubled size for Retina screens
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("icp4", 16),
                Map.entry("icp5", 32), Map.entry("ic11", 32), Map.entry("icp6", 64), Map.entry("ic12", 64),
                Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic13", 256), Map.entry("ic09", 512),
                Map.entry("ic14", 512), Map.entry("ic10", 1024)));
    }

    @Test
    void everyRenderedPngHasTheSizeItsNameSays() throws IOException {
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512)) {
            ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("png/clusterwright-" + size + ".png")));
            assertThat(pngSize(png, 0)).isEqualTo(size);
        }
    }

    /** The width of the square PNG starting at {@code at}, from its IHDR chunk. */
    private static int pngSize(ByteBuffer buffer, int at) {
        byte[] signature = new byte[PNG_SIGNATURE.length];
        buffer.get(at, signature);
        assertThat(signature).as("PNG signature at %d", at).isEqualTo(PNG_SIGNATURE);
        ByteBuffer header = buffer.duplicate().order(ByteOrder.BIG_ENDIAN);
        assertThat(header.getInt(at + 16)).as("a square image").isEqualTo(header.getInt(at + 20));
        return header.getInt(at + 16);
    }
}
