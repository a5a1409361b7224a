package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/** Pieces of wording and layout the three forms share. */
final class FormText {
    static final float BODY = 12;
    static final float TITLE = 14;
    static final float TABLE = 11;

    private FormText() {
    }

    /** The form's title, bold and centred, with an optional italic caption under it. */
    static void title(PageWriter w, String title, String caption) {
        w.down(2);
        w.paragraph(TITLE, Align.CENTER, Span.bold(title));
        if (VnFormat.present(caption)) {
            w.paragraph(BODY, Align.CENTER, Span.italic(caption));
        }
        w.down(6);
    }

    /** Flows paragraphs across the full width. */
    static void flow(PageWriter w, List<Para> paras) {
        for (Para p : paras) {
            w.paragraph(p.spans(), p.size(), w.left(), w.width(), Align.LEFT);
            w.down(p.spaceAfter());
        }
    }

    /** The same paragraphs with {@code spaceAfter} points after each (airier letters). */
    static List<Para> spaced(float spaceAfter, List<Para> paras) {
        return paras.stream().map(p -> new Para(p.spans(), p.size(), spaceAfter)).toList();
    }

    /** The component table: no., name, originals, certified copies, photocopies, note. */
    static void components(PageWriter w, List<ComponentRow> rows, String noteHeader) {
        Table table = new Table(w, List.of(
                new Table.Column("STT", 10, Align.CENTER),
                new Table.Column("Tên giấy tờ", 0, Align.LEFT),
                new Table.Column("Bản chính", 14, Align.CENTER),
                new Table.Column("Bản sao chứng thực", 22, Align.CENTER),
                new Table.Column("Bản photo", 14, Align.CENTER),
                new Table.Column(noteHeader, 40, Align.LEFT)), TABLE);
        List<List<String>> cells = new ArrayList<>();
        int n = 1;
        for (ComponentRow r : rows == null ? List.<ComponentRow>of() : rows) {
            cells.add(List.of(Integer.toString(n++), nz(r.name()), Integer.toString(r.originals()),
                    Integer.toString(r.certifiedCopies()), Integer.toString(r.photocopies()), nz(r.note())));
        }
        table.draw(cells);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
