package vn.cdtt.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;

/** The member's PDF statement read back as any PDF reader would: its text, and its fonts embedded. */
class MemberStatementPdfTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static StatementView.Line line(AllowanceComponent c, FundingSource f, int day, String place, long rate,
                                           long amount) {
        return new StatementView.Line(null, 7L, "Nguyễn Thị Hường", c, f, NOVEMBER.atDay(day), place, null, null, 1L,
                rate, amount, false, null);
    }

    private static byte[] paidNovember() {
        StatementView view = new StatementView(1L, 2L, "Phường Pleiku", NOVEMBER, StatementState.PAID, 3, null,
                LocalDate.of(2026, 12, 5), "PC-0042/2026", List.of(
                line(AllowanceComponent.DUTY_SESSION, FundingSource.PROVINCE, 3, "Trung tâm hành chính công", 50_000,
                        50_000),
                line(AllowanceComponent.TRAINING_LEAD, FundingSource.PROVINCE, 12, "Hội trường phường Pleiku",
                        1_000_000, 1_000_000),
                line(AllowanceComponent.MEMBER_MONTHLY, FundingSource.COMMUNE, 30, null, 200_000, 200_000)));
        return MemberStatementPdf.write(new MemberAllowances.MemberStatement(7L, "Nguyễn Thị Hường", "Tổ Đống Đa",
                view), Messages.VIETNAMESE);
    }

    @Test
    void theStatementPrintsVietnameseTheLinesTheTotalsAndTheTotalInFiguresAndWords() throws IOException {
        byte[] pdf = paidNovember();

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ').replaceAll(" +", " ");
            for (String expected : List.of("Đơn vị: Phường Pleiku", "BẢNG KÊ PHỤ CẤP THÀNH VIÊN", "Tháng 11 năm 2026",
                    "Thành viên: Nguyễn Thị Hường", "Tổ: Tổ Đống Đa", "Trạng thái: Đã chi trả",
                    "Đã chi trả ngày 05/12/2026, chứng từ số PC-0042/2026",
                    "03/11/2026 Trung tâm hành chính công Buổi trực Ngân sách tỉnh 50.000 50.000",
                    "12/11/2026 Hội trường phường Pleiku Tập huấn – giảng viên chính",
                    "Tổng cộng 1.250.000", "Cộng theo khoản", "Hỗ trợ hằng tháng (thành viên) 200.000",
                    "Cộng theo nguồn kinh phí", "Ngân sách tỉnh 1.050.000", "Ngân sách xã/phường (bổ sung) 200.000",
                    "Tổng số tiền: 1.250.000 đồng", "Một triệu hai trăm năm mươi nghìn đồng")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            // the member signs for the money at the foot: "Người nhận", the hint, a line to sign on, their name
            String foot = text.substring(text.indexOf("Một triệu hai trăm năm mươi nghìn đồng"));
            assertTrue(foot.matches("(?s).*Người nhận \\(Ký, ghi rõ họ tên\\) …+ Nguyễn Thị Hường.*"), foot);
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void anEnglishReaderGetsEnglishLabelsAndTheVietnameseWords() throws IOException {
        StatementView view = new StatementView(1L, 2L, "Xã Ia Grai", NOVEMBER, StatementState.OPEN, 0, null, null,
                null, List.of(line(AllowanceComponent.DUTY_SESSION, FundingSource.PROVINCE, 3, "Điểm trực Ia Grai",
                50_000, 50_000)));
        byte[] pdf = MemberStatementPdf.write(new MemberAllowances.MemberStatement(7L, "Nguyễn Thị Hường", "", view),
                Messages.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ').replaceAll(" +", " ");
            assertTrue(text.contains("MEMBER ALLOWANCE STATEMENT"), text);
            assertTrue(text.contains("State: Open"), text);
            assertTrue(text.contains("Năm mươi nghìn đồng"), text);
            assertFalse(text.contains("Team:"), "no team line for a member without a team: " + text);
        }
    }
}
