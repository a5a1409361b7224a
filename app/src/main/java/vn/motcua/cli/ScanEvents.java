package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.documents.source.FiledDocument;
import vn.motcua.documents.source.HotFolderListener;

/** Prints each event of a hot folder or scanner command as it happens: one line, or one JSON line with --json. */
final class ScanEvents implements HotFolderListener {
    private final CliSession session;

    ScanEvents(CliSession session) {
        this.session = session;
    }

    @Override
    public void taken(String fileName) {
        emit(event("taken", fileName), session.messages().get("scan.event.taken", fileName));
    }

    @Override
    public void filed(String fileName, List<FiledDocument> documents) {
        Map<String, Object> json = event("filed", fileName);
        json.put("documents", documents(documents));
        StringBuilder human = new StringBuilder();
        for (FiledDocument d : documents) {
            human.append(session.messages().get("scan.event.filed", fileName, d.componentCode(), d.dossierCode(),
                    String.valueOf(d.document().pages()))).append(System.lineSeparator());
        }
        emit(json, human.toString().stripTrailing());
    }

    @Override
    public void refused(String fileName, String message) {
        Map<String, Object> json = event("refused", fileName);
        json.put("message", message);
        emit(json, session.messages().get("scan.event.refused", fileName, message));
    }

    @Override
    public void waiting(String fileName) {
        emit(event("waiting", fileName), session.messages().get("scan.event.waiting", fileName));
    }

    @Override
    public void unavailable(String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "unavailable");
        json.put("message", message);
        emit(json, message);
    }

    static List<Map<String, Object>> documents(List<FiledDocument> documents) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FiledDocument d : documents) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("dossierCode", d.dossierCode());
            doc.put("componentCode", d.componentCode());
            doc.put("sha256", d.document().sha256());
            doc.put("pages", d.document().pages());
            doc.put("bytes", d.document().bytes());
            doc.put("path", d.document().path().toString());
            list.add(doc);
        }
        return list;
    }

    private static Map<String, Object> event(String kind, String fileName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", kind);
        json.put("file", fileName);
        return json;
    }

    private void emit(Map<String, Object> json, String human) {
        if (session.json()) {
            session.jsonLine(json);
        } else {
            session.human(human);
        }
    }
}
