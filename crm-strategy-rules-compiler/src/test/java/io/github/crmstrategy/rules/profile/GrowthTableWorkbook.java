package io.github.crmstrategy.rules.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes {@link GrowthTable} as an XLSX workbook with Apache POI, reproducibly. */
public final class GrowthTableWorkbook {
  private GrowthTableWorkbook() {}

  /** The workbook's bytes. */
  public static byte[] xlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getProperties().getCoreProperties().setCreator("crm-strategy");
      Sheet sheet = wb.createSheet("Growth limits");
      List<List<String>> rows = GrowthTable.rows();
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (v.matches("-?\\d+(\\.\\d+)?") && r > 8) {
            row.createCell(c).setCellValue(Double.parseDouble(v));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      for (int c = 0; c < 4; c++) {
        sheet.setColumnWidth(c, 24 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
