package vn.motcua.documents.ocr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What OCR made of one stored scan: the searchable PDF and its folded text, or why it failed. */
@Entity
@Table(name = "document_text")
public class DocumentText {
    /** DONE: text layer made; FAILED: Tesseract could not read it (reason kept, tried again on request). */
    public enum State { DONE, FAILED }

    @Id
    @Column(name = "source_sha256")
    private String sourceSha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "text_sha256")
    private String textSha256;
    @Column(nullable = false)
    private int pages;
    @Column(name = "text_folded", length = 1_000_000)
    private String textFolded;
    private String engine;
    private String reason;
    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected DocumentText() {
    }

    static DocumentText done(String source, String text, int pages, String folded, String engine, Instant at) {
        DocumentText t = new DocumentText();
        t.sourceSha256 = source;
        t.state = State.DONE;
        t.textSha256 = text;
        t.pages = pages;
        t.textFolded = folded;
        t.engine = engine;
        t.finishedAt = at;
        return t;
    }

    static DocumentText failed(String source, String reason, String engine, Instant at) {
        DocumentText t = new DocumentText();
        t.sourceSha256 = source;
        t.state = State.FAILED;
        t.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        t.engine = engine;
        t.finishedAt = at;
        return t;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public State state() {
        return state;
    }

    /** The searchable PDF in the store, {@code null} when OCR failed. */
    public String textSha256() {
        return textSha256;
    }

    public int pages() {
        return pages;
    }

    public String reason() {
        return reason;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
