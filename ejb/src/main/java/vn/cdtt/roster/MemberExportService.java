package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cdtt.common.Messages;
import vn.cdtt.common.SheetPrint;
import vn.cdtt.common.VietnamTime;

/** The filtered member list as an .xlsx sheet, headers in the user's language, citizen IDs masked. */
@Stateless
public class MemberExportService {

    @Inject
    MemberService members;

    public byte[] export(MemberFilter filter, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.get(locale, "members.title"));
            XSSFCellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"member.fullName", "member.birthDate", "member.gender", "member.ethnicity",
                "member.phone", "member.email", "member.citizenId", "member.youthUnion", "member.status",
                "member.joinedOn", "member.team", "member.commune"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Messages.get(locale, headers[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (MemberRow m : members.allRows(filter)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(m.fullName());
                row.createCell(1).setCellValue(m.birthDate().format(VietnamTime.DATE));
                row.createCell(2).setCellValue(Messages.get(locale, "Gender." + m.gender()));
                row.createCell(3).setCellValue(m.ethnicity());
                row.createCell(4).setCellValue(m.phone());
                row.createCell(5).setCellValue(m.email() == null ? "" : m.email());
                row.createCell(6).setCellValue(m.maskedCitizenId());
                row.createCell(7).setCellValue(Messages.get(locale, m.youthUnion() ? "common.yes" : "common.no"));
                row.createCell(8).setCellValue(Messages.get(locale, "MemberStatus." + m.status()));
                row.createCell(9).setCellValue(m.joinedOn().format(VietnamTime.DATE));
                row.createCell(10).setCellValue(m.teamName() == null ? "" : m.teamName());
                row.createCell(11).setCellValue(Messages.get(locale, "CommuneType." + m.communeType()) + " " + m.communeName());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.length - 1));
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            SheetPrint.a4(sheet, headers.length, 0, 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
