package vn.hoctap.samples.deck;

import vn.hoctap.samples.outline.Block;
import vn.hoctap.samples.outline.CourseOutline;
import vn.hoctap.samples.outline.Lesson;

import java.util.List;

/**
 * Writes one lesson's slides as a flat OpenDocument presentation ({@code .fodp}: the whole document in one XML
 * file), which LibreOffice converts to pptx. A title slide (course and lesson title, the summary as notes) comes
 * first, then one slide per outline slide: a coloured title bar, the bullet points, the speaker notes.
 *
 * <p>Latin text (Vietnamese, English) is set in Noto Sans, complex text (Khmer) in Noto Sans Khmer: LibreOffice
 * picks the font by script, so one style serves both. 16:9 pages, 28 x 15.75 cm. Pure function of the outline.
 */
public final class FlatOdpWriter {

    private static final String NAMESPACES = String.join(" ", "",
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
            "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"",
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
            "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"",
            "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"",
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            "office:version=\"1.3\"",
            "office:mimetype=\"application/vnd.oasis.opendocument.presentation\"");

    private static final String FONTS = " style:font-name=\"Noto Sans\" style:font-name-complex=\"Noto Sans Khmer\"";

    /** The document for {@code lesson} in {@code language} (notes fall back to the course's own language). */
    public String write(CourseOutline course, Lesson lesson, Block.Slides deck, String language) {
        String main = course.mainLanguage();
        StringBuilder xml = new StringBuilder(16_384);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document").append(NAMESPACES).append(">\n");
        xml.append(" <office:meta><dc:title>").append(escape(lesson.title().in(language))).append("</dc:title>")
                .append("<dc:language>").append(language).append("</dc:language></office:meta>\n");
        xml.append("""
                 <office:font-face-decls>
                  <style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'" style:font-family-generic="swiss"/>
                  <style:font-face style:name="Noto Sans Khmer" svg:font-family="'Noto Sans Khmer'" style:font-family-generic="swiss"/>
                 </office:font-face-decls>
                 <office:styles>
                  <style:default-style style:family="graphic">
                   <style:text-properties%s fo:language="%s" style:language-complex="km" style:country-complex="KH"/>
                  </style:default-style>
                 </office:styles>
                 <office:automatic-styles>
                  <style:page-layout style:name="PM1">
                   <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>
                  </style:page-layout>
                  <style:style style:name="dp1" style:family="drawing-page">
                   <style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="#ffffff"/>
                  </style:style>
                  <style:style style:name="cover" style:family="drawing-page">
                   <style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="#0b5394"/>
                  </style:style>
                  <style:style style:name="bar" style:family="presentation">
                   <style:graphic-properties draw:fill="solid" draw:fill-color="#0b5394" draw:stroke="none" draw:textarea-vertical-align="middle" fo:padding-left="1cm" fo:padding-right="1cm" draw:auto-grow-height="false"/>
                   <style:paragraph-properties fo:text-align="start"/>
                   <style:text-properties%s fo:color="#ffffff" fo:font-size="30pt" fo:font-weight="bold" style:font-size-complex="28pt" style:font-weight-complex="bold"/>
                  </style:style>
                  <style:style style:name="body" style:family="presentation">
                   <style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false"/>
                   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
                   <style:text-properties%s fo:color="#1f1f1f" fo:font-size="24pt" style:font-size-complex="22pt"/>
                  </style:style>
                  <style:style style:name="coverTitle" style:family="presentation">
                   <style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="bottom" draw:auto-grow-height="false"/>
                   <style:paragraph-properties fo:text-align="center"/>
                   <style:text-properties%s fo:color="#ffffff" fo:font-size="40pt" fo:font-weight="bold" style:font-size-complex="36pt" style:font-weight-complex="bold"/>
                  </style:style>
                  <style:style style:name="coverSubtitle" style:family="presentation">
                   <style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false"/>
                   <style:paragraph-properties fo:text-align="center"/>
                   <style:text-properties%s fo:color="#ffe599" fo:font-size="26pt" style:font-size-complex="24pt"/>
                  </style:style>
                  <style:style style:name="notes" style:family="presentation">
                   <style:text-properties%s fo:font-size="14pt" style:font-size-complex="14pt"/>
                  </style:style>
                  <style:style style:name="pBar" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="start"/>
                   <style:text-properties%s fo:color="#ffffff" fo:font-size="30pt" fo:font-weight="bold" style:font-size-complex="28pt" style:font-weight-complex="bold"/>
                  </style:style>
                  <style:style style:name="pBody" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="start" fo:margin-top="0.25cm" fo:margin-bottom="0.25cm"/>
                   <style:text-properties%s fo:color="#1f1f1f" fo:font-size="24pt" style:font-size-complex="22pt"/>
                  </style:style>
                  <style:style style:name="pCoverTitle" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="center"/>
                   <style:text-properties%s fo:color="#ffffff" fo:font-size="40pt" fo:font-weight="bold" style:font-size-complex="36pt" style:font-weight-complex="bold"/>
                  </style:style>
                  <style:style style:name="pCoverSubtitle" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="center"/>
                   <style:text-properties%s fo:color="#ffe599" fo:font-size="26pt" style:font-size-complex="24pt"/>
                  </style:style>
                  <style:style style:name="pNotes" style:family="paragraph">
                   <style:text-properties%s fo:font-size="14pt" style:font-size-complex="14pt"/>
                  </style:style>
                  <text:list-style style:name="bullets">
                   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
                    <style:list-level-properties text:space-before="0cm" text:min-label-width="0.9cm"/>
                    <style:text-properties fo:color="#0b5394" fo:font-family="'Noto Sans'"/>
                   </text:list-level-style-bullet>
                  </text:list-style>
                 </office:automatic-styles>
                 <office:master-styles>
                  <style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/>
                 </office:master-styles>
                 <office:body>
                  <office:presentation>
                """.formatted(FONTS, main, FONTS, FONTS, FONTS, FONTS, FONTS, FONTS, FONTS, FONTS, FONTS, FONTS));

        page(xml, 1, "cover", List.of(
                frame("title", "coverTitle", "1.5cm", "2.5cm", "25cm", "6cm",
                        paragraph("pCoverTitle", course.title().in(language))),
                frame("subtitle", "coverSubtitle", "1.5cm", "9cm", "25cm", "4.5cm",
                        paragraph("pCoverSubtitle", lesson.title().in(language)))),
                lesson.summary().in(language));
        int number = 2;
        for (Block.Slide slide : deck.slides()) {
            StringBuilder items = new StringBuilder("<text:list text:style-name=\"bullets\">");
            for (var bullet : slide.bullets()) {
                items.append("<text:list-item>").append(paragraph("pBody", bullet.in(language))).append("</text:list-item>");
            }
            items.append("</text:list>");
            page(xml, number++, "dp1", List.of(
                    frame("title", "bar", "0cm", "0cm", "28cm", "3cm", paragraph("pBar", slide.title().in(language))),
                    frame("outline", "body", "1.5cm", "3.8cm", "25cm", "11.4cm", items.toString())),
                    slide.notes().in(language, main));
        }
        xml.append("  </office:presentation>\n </office:body>\n</office:document>\n");
        return xml.toString();
    }

    private static void page(StringBuilder xml, int number, String style, List<String> frames, String notes) {
        xml.append("   <draw:page draw:name=\"slide").append(number).append("\" draw:style-name=\"").append(style)
                .append("\" draw:master-page-name=\"Default\">\n");
        frames.forEach(f -> xml.append("    ").append(f).append('\n'));
        xml.append("    <presentation:notes>\n")
                .append("     <draw:page-thumbnail presentation:class=\"page\" draw:page-number=\"").append(number)
                .append("\" svg:x=\"2cm\" svg:y=\"2cm\" svg:width=\"17cm\" svg:height=\"9.6cm\"/>\n")
                .append("     ").append(frame("notes", "notes", "2cm", "12.5cm", "17cm", "13cm", paragraph("pNotes", notes)))
                .append("\n    </presentation:notes>\n   </draw:page>\n");
    }

    private static String frame(String kind, String style, String x, String y, String width, String height,
                                String content) {
        return "<draw:frame presentation:class=\"" + kind + "\" presentation:style-name=\"" + style
                + "\" presentation:user-transformed=\"true\" svg:x=\"" + x + "\" svg:y=\"" + y + "\" svg:width=\""
                + width + "\" svg:height=\"" + height + "\"><draw:text-box>" + content + "</draw:text-box></draw:frame>";
    }

    private static String paragraph(String style, String text) {
        return "<text:p text:style-name=\"" + style + "\">" + escape(text) + "</text:p>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
