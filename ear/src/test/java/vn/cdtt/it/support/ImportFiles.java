package vn.cdtt.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Member import files as a clerk would fill in the template: {@code rows} valid members whose phones (07…, 08…) and
 * citizen IDs (9…) are numbered from {@code base} ({@link Fixtures#nextImportBase()}), so they never collide with
 * an earlier file nor with the 09… phones of {@link Fixtures}.
 */
public final class ImportFiles {

    public static final String[] HEADER = {"Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số điện thoại", "Email",
        "Số CCCD", "Đoàn viên", "Ngày tham gia", "Tổ", "Kỹ năng", "Ngôn ngữ", "Xã/Phường"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Rơ Châm", "Siu", "Đinh", "Ksor"};
    private static final String[] GIVEN = {"An", "Bình", "Hạnh", "Hùng", "Lan", "Mai", "Nhi", "Phúc", "Tâm", "H'Hương"};

    private ImportFiles() {
    }

    public static String phone(long base, int i) {
        return String.format("%s%08d", i % 2 == 0 ? "07" : "08", base + i);
    }

    public static String citizenId(long base, int i) {
        return String.format("9%011d", base + i);
    }

    /** An .xlsx of valid rows; {@code commune} fills the commune column (empty for the page's commune). */
    public static byte[] xlsx(int rows, long base, String marker, String commune) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Thành viên");
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                head.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i + 1);
                String[] cells = {FAMILY[i % FAMILY.length] + " " + marker + " " + GIVEN[i % GIVEN.length],
                    String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1980 + i % 25), i % 2 == 0 ? "Nam" : "Nữ",
                    i % 3 == 0 ? "Jrai" : "Kinh", phone(base, i), "", citizenId(base, i), i % 4 == 0 ? "Không" : "Có",
                    "05/01/2026", "", i % 5 == 0 ? "VNeID; Dịch vụ công" : "",
                    i % 3 == 0 ? "Tiếng Gia Rai; Tiếng Việt" : "Tiếng Việt", commune};
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
