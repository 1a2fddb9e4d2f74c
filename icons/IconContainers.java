import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes Windows .ico and macOS .icns files from PNGs, for icons/render. Both formats are a small header and a
 * directory around PNG images, which Windows (Vista and later) and macOS (10.7 and later) read as they are, so no
 * icon tool is needed.
 * Usage: java IconContainers.java ico|icns OUT PNG...
 */
public final class IconContainers {
    /** The icns element types that hold a PNG of a given pixel size; the @2x types reuse the doubled size. */
    private static final Map<Integer, List<String>> ICNS_TYPES = Map.of(
            16, List.of("icp4"), 32, List.of("icp5", "ic11"), 64, List.of("icp6", "ic12"), 128, List.of("ic07"),
            256, List.of("ic08", "ic13"), 512, List.of("ic09", "ic14"), 1024, List.of("ic10"));

    public static void main(String[] args) throws IOException {
        List<byte[]> pngs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            pngs.add(Files.readAllBytes(Path.of(args[i])));
        }
        byte[] container = switch (args[0]) {
            case "ico" -> ico(pngs);
            case "icns" -> icns(pngs);
            default -> throw new IllegalArgumentException("unknown container " + args[0] + ", expected ico or icns");
        };
        Files.write(Path.of(args[1]), container);
    }

    /** ICONDIR, one ICONDIRENTRY per image (little-endian), then the PNGs. */
    static byte[] ico(List<byte[]> pngs) {
        int offset = 6 + 16 * pngs.size();
        int total = offset + pngs.stream().mapToInt(png -> png.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        for (byte[] png : pngs) {
            int size = squareSize(png);
            if (size > 256) {
                throw new IllegalArgumentException("an .ico holds images up to 256 px, not " + size);
            }
            // a width and height of 0 mean 256
            out.put((byte) (size % 256)).put((byte) (size % 256)).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(offset);
            offset += png.length;
        }
        pngs.forEach(out::put);
        return out.array();
    }

    /** The 'icns' magic and total length, then elements of a four-letter type, their length and the PNG (big-endian). */
    static byte[] icns(List<byte[]> pngs) throws IOException {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(elements);
        for (byte[] png : pngs) {
            int size = squareSize(png);
            List<String> types = ICNS_TYPES.get(size);
            if (types == null) {
                throw new IllegalArgumentException("an .icns has no element for " + size + " px");
            }
            for (String type : types) {
                out.writeBytes(type);
                out.writeInt(8 + png.length);
                out.write(png);
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + elements.size());
        elements.writeTo(file);
        return file.toByteArray();
    }

    /** The PNG's width from its IHDR chunk, after checking it is square. */
    private static int squareSize(byte[] png) {
        ByteBuffer header = ByteBuffer.wrap(png).order(ByteOrder.BIG_ENDIAN);
        int width = header.getInt(16);
        int height = header.getInt(20);
        if (width != height) {
            throw new IllegalArgumentException("icons must be square, this one is " + width + "x" + height);
        }
        return width;
    }
}
