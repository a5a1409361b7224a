package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks spans of text into lines by the measured width of the real font: at spaces, at a
 * '\n', and inside a word only when the word alone is wider than the line (a long unbroken
 * name must stay inside its cell, never run past the border).
 */
final class TextWrap {
    /** A piece of a line: text in one face, starting {@code x} points from the line's start. */
    record Piece(String text, Style style, float x) {
    }

    /** One laid-out line and its width. */
    record Line(List<Piece> pieces, float width) {
    }

    private TextWrap() {
    }

    /**
     * Like {@link #wrap} but with lines of even length: the narrowest width that needs no more
     * lines ("TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG" rather than a lone last word).
     */
    static List<Line> wrapBalanced(DocFonts fonts, List<Span> spans, float size, float maxWidth) {
        List<Line> best = wrap(fonts, spans, size, maxWidth);
        if (best.size() < 2) {
            return best;
        }
        float lo = maxWidth / best.size();
        float hi = maxWidth;
        while (hi - lo > 2) {
            float mid = (lo + hi) / 2;
            List<Line> tried = wrap(fonts, spans, size, mid);
            if (tried.size() <= best.size() && tried.stream().allMatch(l -> l.width() <= mid + 0.01f)) {
                best = tried;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    static List<Line> wrap(DocFonts fonts, List<Span> spans, float size, float maxWidth) {
        LineBuilder b = new LineBuilder(fonts, size, maxWidth);
        for (Span span : spans) {
            String text = fonts.printable(span.text(), span.style());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    b.breakLine();
                    i++;
                } else if (c == ' ') {
                    b.space(span.style());
                    i++;
                } else {
                    int end = i;
                    while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                        end++;
                    }
                    b.word(text.substring(i, end), span.style());
                    i = end;
                }
            }
        }
        return b.finish();
    }

    private static final class LineBuilder {
        private final DocFonts fonts;
        private final float size;
        private final float maxWidth;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private float x;
        private float pendingSpace;
        private int pendingCount;

        LineBuilder(DocFonts fonts, float size, float maxWidth) {
            this.fonts = fonts;
            this.size = size;
            this.maxWidth = maxWidth;
        }

        void space(Style style) {
            if (!pieces.isEmpty()) {
                pendingSpace += fonts.width(" ", style, size);
                pendingCount++;
            }
        }

        void word(String word, Style style) {
            float w = fonts.width(word, style, size);
            if (!pieces.isEmpty() && x + pendingSpace + w > maxWidth) {
                breakLine();
            }
            if (pieces.isEmpty() && w > maxWidth) {
                splitLongWord(word, style);
                return;
            }
            place(word, style, w);
        }

        private void splitLongWord(String word, Style style) {
            int start = 0;
            while (start < word.length()) {
                int end = start + Character.charCount(word.codePointAt(start));
                while (end < word.length()) {
                    int next = end + Character.charCount(word.codePointAt(end));
                    if (fonts.width(word.substring(start, next), style, size) > maxWidth) {
                        break;
                    }
                    end = next;
                }
                String part = word.substring(start, end);
                if (!pieces.isEmpty()) {
                    breakLine();
                }
                place(part, style, fonts.width(part, style, size));
                start = end;
            }
        }

        private void place(String word, Style style, float w) {
            float at = x + pendingSpace;
            int last = pieces.size() - 1;
            if (last >= 0 && pieces.get(last).style() == style) {
                Piece p = pieces.get(last);
                pieces.set(last, new Piece(p.text() + " ".repeat(pendingCount) + word, style, p.x()));
            } else {
                pieces.add(new Piece(word, style, at));
            }
            x = at + w;
            pendingSpace = 0;
            pendingCount = 0;
        }

        void breakLine() {
            lines.add(new Line(pieces, x));
            pieces = new ArrayList<>();
            x = 0;
            pendingSpace = 0;
            pendingCount = 0;
        }

        List<Line> finish() {
            if (!pieces.isEmpty() || lines.isEmpty()) {
                breakLine();
            }
            return lines;
        }
    }
}
