package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with ruled cells whose text wraps by the font's measured width. Rows never split: a
 * row that does not fit goes to the next page, where the header row is repeated.
 */
final class Table {
    /** One column: its header, its share of the width in millimetres (0 = takes the rest), its alignment. */
    record Column(String header, float widthMm, Align align) {
    }

    private static final float PAD_X = 3;
    private static final float PAD_Y = 3;

    private final PageWriter w;
    private final List<Column> columns;
    private final float[] widths;
    private final float size;

    Table(PageWriter w, List<Column> columns, float size) {
        this.w = w;
        this.columns = columns;
        this.size = size;
        this.widths = new float[columns.size()];
        float fixed = 0;
        int flexible = 0;
        for (Column c : columns) {
            fixed += c.widthMm() * PageWriter.MM;
            flexible += c.widthMm() == 0 ? 1 : 0;
        }
        float rest = Math.max(0, w.width() - fixed) / Math.max(1, flexible);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).widthMm() == 0 ? rest : columns.get(i).widthMm() * PageWriter.MM;
        }
    }

    /** Draws the header row and then every row, each a list of cell texts. */
    void draw(List<List<String>> rows) {
        List<String> headers = columns.stream().map(Column::header).toList();
        Cells header = layout(headers, Style.BOLD);
        w.ensure(header.height + (rows.isEmpty() ? 0 : layout(rows.get(0), Style.REGULAR).height));
        drawRow(header, true);
        for (List<String> row : rows) {
            Cells cells = layout(row, Style.REGULAR);
            if (!w.fits(cells.height)) {
                w.newPage();
                drawRow(header, true);
            }
            drawRow(cells, false);
        }
        w.down(6);
    }

    private record Cells(List<List<TextWrap.Line>> lines, float height) {
    }

    private Cells layout(List<String> texts, Style style) {
        List<List<TextWrap.Line>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            List<TextWrap.Line> cell = TextWrap.wrap(w.fonts(), List.of(new Span(text, style)), size, widths[i] - 2 * PAD_X);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        return new Cells(lines, most * PageWriter.lineHeight(size) + 2 * PAD_Y);
    }

    private void drawRow(Cells cells, boolean header) {
        float top = w.y();
        float x = w.left();
        for (int i = 0; i < widths.length; i++) {
            List<TextWrap.Line> lines = cells.lines().get(i);
            float textHeight = lines.size() * PageWriter.lineHeight(size);
            float textTop = top - (cells.height() - textHeight) / 2;
            Align align = header ? Align.CENTER : columns.get(i).align();
            w.drawLines(lines, size, x + PAD_X, widths[i] - 2 * PAD_X, align, textTop);
            w.strokeRect(x, top - cells.height(), widths[i], cells.height(), 0.5f);
            x += widths[i];
        }
        w.moveTo(top - cells.height());
    }
}
