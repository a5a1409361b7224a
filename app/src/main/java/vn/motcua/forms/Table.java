package vn.motcua.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table with ruled cells whose text wraps by the font's measured width. Rows never split: a
 * row that does not fit goes to the next page, where the header row is repeated. Only a row
 * taller than a whole page (a note pasted from a long letter) is continued on the next page,
 * so that no text is ever lost below the margin.
 *
 * <p>Rows can be fed one at a time ({@link #row}, then {@link #finish}): each is laid out,
 * drawn and forgotten, so a register of thousands of rows keeps memory flat.
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
    private final Align[] aligns;
    private final float size;
    private float minRowHeight;
    private Cells header;
    private boolean headerDrawn;

    Table(PageWriter w, List<Column> columns, float size) {
        this.w = w;
        this.columns = columns;
        this.size = size;
        this.widths = new float[columns.size()];
        this.aligns = new Align[columns.size()];
        float fixed = 0;
        int flexible = 0;
        for (Column c : columns) {
            fixed += c.widthMm() * PageWriter.MM;
            flexible += c.widthMm() == 0 ? 1 : 0;
        }
        float rest = Math.max(0, w.width() - fixed) / Math.max(1, flexible);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).widthMm() == 0 ? rest : columns.get(i).widthMm() * PageWriter.MM;
            aligns[i] = columns.get(i).align();
        }
    }

    /** Rows at least this tall (points), e.g. to leave room for signatures in a cell. */
    Table minRowHeight(float points) {
        this.minRowHeight = points;
        return this;
    }

    /** Draws the header row and then every row, each a list of cell texts. */
    void draw(List<List<String>> rows) {
        for (List<String> row : rows) {
            row(row);
        }
        finish();
    }

    /** Lays out and draws one body row (the header comes first, kept on the page with it). */
    void row(List<String> texts) {
        place(layout(texts, Style.REGULAR, widths, aligns, minRowHeight));
    }

    /** One cell across the whole width, e.g. "nothing in this period". */
    void spanningRow(String text, Style style, Align align) {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        place(layout(List.of(text), style, new float[] {total}, new Align[] {align}, 0));
    }

    /** Ends the table (draws the header alone if no row came). */
    void finish() {
        if (!headerDrawn) {
            w.ensure(header().height);
            drawHeader();
        }
        w.down(6);
    }

    private Cells header() {
        if (header == null) {
            Align[] centred = new Align[widths.length];
            Arrays.fill(centred, Align.CENTER);
            header = layout(columns.stream().map(Column::header).toList(), Style.BOLD, widths, centred, 0);
        }
        return header;
    }

    private void drawHeader() {
        drawRow(header());
        headerDrawn = true;
    }

    private void newPageWithHeader() {
        w.newPage();
        drawHeader();
    }

    private void place(Cells cells) {
        if (!headerDrawn) {
            w.ensure(header().height + cells.height);
            drawHeader();
        }
        if (w.fits(cells.height)) {
            drawRow(cells);
            return;
        }
        if (cells.height <= w.pageHeight() - header().height) {
            newPageWithHeader();
            drawRow(cells);
            return;
        }
        Cells rest = cells;
        while (rest != null) {
            int lines = (int) Math.floor((w.room() - 2 * PAD_Y) / PageWriter.lineHeight(size));
            if (lines < 1) {
                newPageWithHeader();
                continue;
            }
            Cells[] parts = rest.split(lines, size);
            drawRow(parts[0]);
            rest = parts[1];
            if (rest != null) {
                newPageWithHeader();
            }
        }
    }

    /** Laid-out cells of one row, with the widths and alignments they were laid out for. */
    private record Cells(List<List<TextWrap.Line>> lines, float height, float[] widths, Align[] aligns) {
        /** The first {@code n} lines of every cell, and the rest ({@code null} when none). */
        Cells[] split(int n, float size) {
            List<List<TextWrap.Line>> head = new ArrayList<>();
            List<List<TextWrap.Line>> tail = new ArrayList<>();
            int most = 0;
            for (List<TextWrap.Line> cell : lines) {
                head.add(cell.subList(0, Math.min(n, cell.size())));
                List<TextWrap.Line> t = cell.subList(Math.min(n, cell.size()), cell.size());
                tail.add(t);
                most = Math.max(most, t.size());
            }
            float lh = PageWriter.lineHeight(size);
            Cells first = new Cells(head, n * lh + 2 * PAD_Y, widths, aligns);
            Cells second = most == 0 ? null : new Cells(tail, most * lh + 2 * PAD_Y, widths, aligns);
            return new Cells[] {first, second};
        }
    }

    private Cells layout(List<String> texts, Style style, float[] cellWidths, Align[] cellAligns, float minHeight) {
        List<List<TextWrap.Line>> lines = new ArrayList<>(cellWidths.length);
        int most = 1;
        for (int i = 0; i < cellWidths.length; i++) {
            String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            List<TextWrap.Line> cell = TextWrap.wrap(w.fonts(), List.of(new Span(text, style)), size, cellWidths[i] - 2 * PAD_X);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        return new Cells(lines, Math.max(minHeight, most * PageWriter.lineHeight(size) + 2 * PAD_Y), cellWidths, cellAligns);
    }

    private void drawRow(Cells cells) {
        float top = w.y();
        float x = w.left();
        for (int i = 0; i < cells.widths().length; i++) {
            List<TextWrap.Line> lines = cells.lines().get(i);
            float textHeight = lines.size() * PageWriter.lineHeight(size);
            float textTop = top - (cells.height() - textHeight) / 2;
            w.drawLines(lines, size, x + PAD_X, cells.widths()[i] - 2 * PAD_X, cells.aligns()[i], textTop);
            w.strokeRect(x, top - cells.height(), cells.widths()[i], cells.height(), 0.5f);
            x += cells.widths()[i];
        }
        w.moveTo(top - cells.height());
    }
}
