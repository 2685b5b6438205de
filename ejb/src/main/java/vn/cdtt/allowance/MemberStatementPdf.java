package vn.cdtt.allowance;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;

/**
 * A member's allowance statement of one month as a PDF (A4): unit, title and month, the member and their team, the
 * state (and the payment when paid), every line with its source, the totals per component and per funding source,
 * the total in figures and in words, and the member's signature under "Người nhận" with their name. The text is set
 * in DejaVu Sans, embedded as a Unicode (Identity-H) font, so Vietnamese prints on any reader.
 */
final class MemberStatementPdf {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private MemberStatementPdf() {
    }

    /** A font shipped in this package (fonts/, with its licence), embedded whole-Unicode. */
    private static BaseFont font(String file) {
        try (InputStream in = MemberStatementPdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(MemberAllowances.MemberStatement statement, Locale locale) {
        StatementView v = statement.view();
        Font text = new Font(REGULAR, 10);
        Font small = new Font(REGULAR, 8);
        Font bold = new Font(BOLD, 10);
        Font title = new Font(BOLD, 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(Messages.get(locale, "allowance.pdf.title") + " " + statement.member());
        doc.open();

        doc.add(new Paragraph(Messages.get(locale, "allowance.sheet.unit", v.commune()), bold));
        Paragraph heading = new Paragraph(Messages.get(locale, "allowance.pdf.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(12);
        doc.add(heading);
        Paragraph month = new Paragraph(Messages.get(locale, "allowance.sheet.month", v.month().getMonthValue(),
                v.month().getYear()), text);
        month.setAlignment(Element.ALIGN_CENTER);
        month.setSpacingAfter(12);
        doc.add(month);

        doc.add(new Paragraph(Messages.get(locale, "allowance.pdf.member", statement.member()), bold));
        if (!statement.team().isEmpty()) {
            doc.add(new Paragraph(Messages.get(locale, "allowance.pdf.team", statement.team()), text));
        }
        doc.add(new Paragraph(Messages.get(locale, "allowance.pdf.state",
                Messages.get(locale, "StatementState." + v.state())), text));
        if (v.state() == StatementState.PAID) {
            doc.add(new Paragraph(Messages.get(locale, "allowance.pdf.paid", v.paidOn().format(VietnamTime.DATE),
                    v.paymentReference()), text));
        }

        Font cellText = new Font(REGULAR, 9);
        Font cellBold = new Font(BOLD, 9);
        PdfPTable lines = new PdfPTable(new float[]{6, 13, 24, 22, 13, 11, 12});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(12);
        lines.setHeaderRows(1);
        for (String key : new String[]{"allowance.sheet.no", "allowance.date", "allowance.place",
                "allowance.component", "allowance.funding", "allowance.rate", "allowance.amount"}) {
            lines.addCell(cell(Messages.get(locale, key), cellBold, Element.ALIGN_CENTER));
        }
        int no = 1;
        for (StatementView.Line l : v.lines()) {
            lines.addCell(cell(Integer.toString(no++), cellText, Element.ALIGN_CENTER));
            lines.addCell(cell(l.date().format(VietnamTime.DATE), cellText, Element.ALIGN_LEFT));
            lines.addCell(cell(l.place() == null ? "" : l.place(), cellText, Element.ALIGN_LEFT));
            lines.addCell(cell(Messages.get(locale, "AllowanceComponent." + l.component())
                    + (l.adjustment() ? " (" + Messages.get(locale, "allowance.adjustment") + ")" : ""), cellText,
                    Element.ALIGN_LEFT));
            lines.addCell(cell(Messages.get(locale, "FundingSource." + l.funding()), cellText, Element.ALIGN_LEFT));
            lines.addCell(cell(Money.figures(l.rate()), cellText, Element.ALIGN_RIGHT));
            lines.addCell(cell(Money.figures(l.amount()), cellText, Element.ALIGN_RIGHT));
        }
        PdfPCell sumLabel = cell(Messages.get(locale, "allowance.sheet.grandTotal"), cellBold, Element.ALIGN_LEFT);
        sumLabel.setColspan(6);
        lines.addCell(sumLabel);
        lines.addCell(cell(Money.figures(v.total()), cellBold, Element.ALIGN_RIGHT));
        doc.add(lines);

        doc.add(totals(Messages.get(locale, "allowance.pdf.byComponent"), v.byComponent(), "AllowanceComponent.",
                locale, text, bold));
        doc.add(totals(Messages.get(locale, "allowance.pdf.byFunding"), v.byFunding(), "FundingSource.", locale, text,
                bold));

        Paragraph total = new Paragraph(Messages.get(locale, "allowance.pdf.total", Money.figures(v.total())), bold);
        total.setSpacingBefore(12);
        doc.add(total);
        doc.add(new Paragraph(Messages.get(locale, "allowance.sheet.inWords", Money.words(v.total())), text));
        Paragraph printed = new Paragraph(Messages.get(locale, "allowance.pdf.printed",
                VietnamTime.today().format(VietnamTime.DATE)), small);
        printed.setSpacingBefore(18);
        printed.setAlignment(Element.ALIGN_RIGHT);
        doc.add(printed);
        doc.add(signature(statement.member(), locale, bold, new Font(REGULAR, 9, Font.ITALIC), text));
        doc.close();
        return out.toByteArray();
    }

    /**
     * The member signs on receiving the money: in the right half of the page "Người nhận", "(Ký, ghi rõ họ tên)", a
     * dotted line with room above it to sign, and the member's name under it.
     */
    private static PdfPTable signature(String member, Locale locale, Font bold, Font hint, Font text) {
        PdfPTable block = new PdfPTable(new float[]{1, 1});
        block.setWidthPercentage(100);
        block.setSpacingBefore(12);
        block.setKeepTogether(true);
        PdfPCell left = new PdfPCell(new Phrase(""));
        left.setBorder(PdfPCell.NO_BORDER);
        block.addCell(left);
        PdfPCell right = new PdfPCell();
        right.setBorder(PdfPCell.NO_BORDER);
        Paragraph line = new Paragraph("………………………………………", text);
        line.setSpacingBefore(48);
        for (Paragraph p : List.of(new Paragraph(Messages.get(locale, "allowance.pdf.recipient"), bold),
                new Paragraph(Messages.get(locale, "allowance.sheet.signHint"), hint), line,
                new Paragraph(member, bold))) {
            p.setAlignment(Element.ALIGN_CENTER);
            right.addElement(p);
        }
        block.addCell(right);
        return block;
    }

    /** A small two-column table of totals under a heading row. */
    private static PdfPTable totals(String heading, Map<? extends Enum<?>, Long> amounts, String labelPrefix,
                                    Locale locale, Font text, Font bold) {
        PdfPTable table = new PdfPTable(new float[]{3, 1});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(10);
        PdfPCell head = cell(heading, bold, Element.ALIGN_LEFT);
        head.setColspan(2);
        table.addCell(head);
        amounts.forEach((key, amount) -> {
            table.addCell(cell(Messages.get(locale, labelPrefix + key.name()), text, Element.ALIGN_LEFT));
            table.addCell(cell(Money.figures(amount), text, Element.ALIGN_RIGHT));
        });
        return table;
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }
}
