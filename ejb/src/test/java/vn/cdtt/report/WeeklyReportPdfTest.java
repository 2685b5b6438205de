package vn.cdtt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.Messages;
import vn.cdtt.dashboard.WeekFigures;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.HelpService;

/**
 * The weekly report's PDF for a province of 135 communes, most of them red, read back as an official reads it: a
 * first page with the colours, the change and the communes that need action in words, then a compact table.
 */
class WeeklyReportPdfTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    /** The default catalogue (V27): code, Vietnamese and English name. */
    private static final String[][] CRITERIA = {
        {"CO-MAT", "Tỷ lệ có mặt khi trực từ 90% trở lên", "Duty attendance rate of 90% or more"},
        {"KE-HOACH", "Kế hoạch hoạt động tháng được ban hành", "Monthly activity plan issued"},
        {"TAP-HUAN", "Có ít nhất 1 buổi tập huấn trong tháng", "At least one training held this month"},
        {"TO-DOI", "Tổ có tổ trưởng và ít nhất 4 thành viên hoạt động",
            "The team has a leader and at least 4 active members"},
        {"TRA-LOI", "Không để đề nghị hỗ trợ quá 48 giờ chưa trả lời",
            "No helper request left unanswered for 48 hours"},
        {"TRUC-DU", "Mọi buổi trực trong tuần đủ 2 thành viên", "Every session of the week staffed with two members"},
        {"TUYEN-TRUYEN", "Tuyên truyền chuyển đổi số trong tuần (loa, mạng xã hội)",
            "Digital transformation outreach this week (loudspeaker, social media)"}};

    private static WeekFigures figures(long commune, String name, int k) {
        int[] helped = new int[HelpService.values().length];
        helped[0] = k % 17;
        return new WeekFigures(commune, name, MONDAY, 4, 8, 8 - k % 3, 8, 6, k % 2, 0, helped, k % 2, 10 * (k % 2),
                k % 3, 0, k % 3, 0);
    }

    /** Stored as the writer stores it: "code name; code name" in Vietnamese. */
    private static String unmet(int... criteria) {
        List<String> parts = new ArrayList<>();
        for (int c : criteria) {
            parts.add(CRITERIA[c][0] + " " + CRITERIA[c][1]);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * 135 communes: 100 red (70 meet nothing, 30 meet only TRA-LOI), 25 yellow (CO-MAT and TRUC-DU unmet), 10
     * green. Last week 90 were red, 30 yellow, 15 green: 1–10 turned red from yellow, 118–125 yellow from green
     * (18 worse), 126–128 green from yellow (3 better).
     */
    static ReportData province() {
        WeeklyReport report = new WeeklyReport(1L, MONDAY, "system", false, MONDAY.plusDays(7).atTime(7, 0));
        List<ReportLine> lines = new ArrayList<>();
        Map<CoverageLight, Integer> colours = new EnumMap<>(CoverageLight.class);
        for (int k = 1; k <= 135; k++) {
            String name = (k % 4 == 0 ? "Phường " : "Xã ") + "Ia Hrú " + k;
            CoverageLight colour = k <= 100 ? CoverageLight.RED : k <= 125 ? CoverageLight.YELLOW : CoverageLight.GREEN;
            String text = k <= 70 ? unmet(0, 1, 2, 3, 4, 5, 6) : k <= 100 ? unmet(0, 1, 2, 3, 5, 6)
                    : k <= 125 ? unmet(0, 5) : null;
            CoverageLight was = k <= 10 ? CoverageLight.YELLOW : k <= 100 ? CoverageLight.RED
                    : k <= 117 ? CoverageLight.YELLOW : k <= 125 ? CoverageLight.GREEN
                    : k <= 128 ? CoverageLight.YELLOW : CoverageLight.GREEN;
            ReportLine before = new ReportLine(null, k, name, figures(k, name, k + 1),
                    new WeeklyReports.Rating(was, null), null, null);
            lines.add(new ReportLine(null, k, name, figures(k, name, k), new WeeklyReports.Rating(colour, text),
                    before, null));
            colours.merge(colour, 1, Integer::sum);
        }
        lines.add(0, new ReportLine(null, 0, "Gia Lai", new WeekFigures(null, "Gia Lai", MONDAY, 540, 1080, 1000, 1000,
                900, 50, 0, new int[HelpService.values().length], 40, 400, 20, 2, 18, 3),
                new WeeklyReports.Rating(CoverageLight.RED, "Xanh 10 · Vàng 25 · Đỏ 100 xã, phường"), null, null));
        Map<String, ReportData.CriterionName> criteria = new LinkedHashMap<>();
        for (String[] c : CRITERIA) {
            criteria.put(c[0], new ReportData.CriterionName(c[0], c[1], c[2]));
        }
        Map<CoverageLight, Integer> before = new EnumMap<>(Map.of(CoverageLight.GREEN, 15, CoverageLight.YELLOW, 30,
                CoverageLight.RED, 90));
        return new ReportData(report, "Gia Lai", lines, List.of(), criteria, colours, before, Map.of());
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void page1TellsTheColoursTheChangeAndWhatTheRedCommunesMissInWordsOnAtMostEightPages() throws IOException {
        byte[] pdf = ReportFiles.pdf(province(), Messages.VIETNAMESE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() <= 8, "pages: " + doc.getNumberOfPages());
            String page1 = text(doc, 1, 1);
            for (String expected : List.of("Báo cáo tuần – Gia Lai – từ 23/11/2026 đến 29/11/2026",
                    "Xếp loại Tuần này Tuần trước Thay đổi", "Xanh 10 15 -5", "Vàng 25 30 -5", "Đỏ 100 90 +10",
                    "Tổng số 135 135 0", "3 xã, phường lên hạng, 18 xã, phường xuống hạng",
                    "Xã, phường cần hành động: 100 xã, phường xếp loại Đỏ",
                    "Chưa đạt 7 tiêu chí: Tỷ lệ có mặt khi trực từ 90% trở lên; Kế hoạch hoạt động tháng được ban hành",
                    "Chưa đạt 6 tiêu chí:", "70 xã, phường: Xã Ia Hrú 1 (tuần trước: Vàng), Xã Ia Hrú 2 (tuần trước: Vàng)",
                    "30 xã, phường: Xã Ia Hrú 71, Phường Ia Hrú 72")) {
                assertTrue(page1.contains(expected), expected + " in " + page1);
            }
            assertFalse(page1.contains("Hrú 101"), "yellow communes are not on the list that needs action");
            String all = text(doc, 1, doc.getNumberOfPages());
            for (String[] c : CRITERIA) {
                assertFalse(all.contains(c[0]), "no criterion code: " + c[0]);
            }
            String table = text(doc, 2, doc.getNumberOfPages());
            for (String expected : List.of("Số liệu từng xã, phường", "Gia Lai Đỏ Xanh 10 · Vàng 25 · Đỏ 100 xã, phường",
                    "Xã Ia Hrú 1 Đỏ tuần trước: Vàng Chưa đạt cả 7 tiêu chí", "Xã Ia Hrú 71 Đỏ Chưa đạt 6/7; chỉ đạt:",
                    "Xã Ia Hrú 102 Vàng Tỷ lệ có mặt khi trực từ 90%", "Phường Ia Hrú 128 Xanh tuần trước: Vàng",
                    "Phường Ia Hrú 132 Xanh 4 8")) {
                assertTrue(table.contains(expected), expected + " in the table");
            }
            assertEquals(21, table.split("tuần trước: ", -1).length - 1, "the 21 communes whose colour changed");

            // the rating is drawn in its colour, on page 1 and in the table
            Set<String> page1Fills = fills(doc.getPage(0));
            Set<String> tableFills = fills(doc.getPage(1));
            for (String colour : List.of("red", "yellow", "green")) {
                assertTrue(page1Fills.contains(colour), colour + " on page 1: " + page1Fills);
            }
            assertTrue(tableFills.contains("red"), "red cells in the table: " + tableFills);
        }
    }

    @Test
    void inEnglishTheCriteriaHaveTheirEnglishNames() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ReportFiles.pdf(province(), Messages.ENGLISH))) {
            String page1 = text(doc, 1, 1);
            for (String expected : List.of("Communes by rating", "Red 100 90 +10",
                    "Communes that need action: 100 communes rated Red",
                    "7 criteria unmet: Duty attendance rate of 90% or more; Monthly activity plan issued")) {
                assertTrue(page1.contains(expected), expected + " in " + page1);
            }
            String all = text(doc, 1, doc.getNumberOfPages());
            assertFalse(all.contains("Tỷ lệ có mặt"), "no Vietnamese criterion name in the English file");
            assertTrue(all.contains("6 of 7 unmet; met only: No helper request left unanswered for 48 hours"),
                    all);
        }
    }

    /** The colours filled on a page ("rg" operators), by name. */
    private static Set<String> fills(PDPage page) throws IOException {
        Set<String> found = new HashSet<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
                List<Float> rgb = new ArrayList<>();
                for (int j = i - 3; j < i; j++) {
                    rgb.add(((COSNumber) tokens.get(j)).floatValue());
                }
                String key = rgb.stream().map(v -> Integer.toString(Math.round(v * 255))).collect(Collectors.joining(","));
                switch (key) {
                    case "239,154,154" -> found.add("red");
                    case "255,224,130" -> found.add("yellow");
                    case "200,230,201" -> found.add("green");
                    default -> found.add(key);
                }
            }
        }
        return found;
    }
}
