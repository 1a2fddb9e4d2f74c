package org.clusterwright.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report's formats, as the command line names them, each with the file extension it is usually saved under. */
public enum ReportFormat {
    MD("md", "md", report -> utf8(new MarkdownReport().render(report))),
    HTML("html", "html", report -> utf8(new HtmlReport().render(report))),
    JSON("json", "json", report -> utf8(new JsonReport().render(report))),
    PDF("pdf", "pdf", report -> new PdfReport().render(report));

    private final String id;
    private final String extension;
    private final Function<ChecklistReport, byte[]> renderer;

    ReportFormat(String id, String extension, Function<ChecklistReport, byte[]> renderer) {
        this.id = id;
        this.extension = extension;
        this.renderer = renderer;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public byte[] render(ChecklistReport report) {
        return renderer.apply(report);
    }

    public static ReportFormat fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            boolean alias = format == MD && wanted.equals("markdown") || format == HTML && wanted.equals("htm");
            if (format.id.equals(wanted) || alias) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + text + "': expected md, html, json or pdf");
    }

    /** The format a file name's extension names, for a command given --out without --format. */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromId(fileName.substring(dot + 1)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
