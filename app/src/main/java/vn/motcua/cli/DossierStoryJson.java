package vn.motcua.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.DossierStory;

/** {@code dossier show --json}: one document with the dossier, its events, steps, rounds, ledger (with explanations), documents and sync. */
final class DossierStoryJson {
    private DossierStoryJson() {
    }

    static Map<String, Object> of(DossierStory story, List<DossierDocument> documents) {
        var d = story.dossier();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("uuid", d.id().toString());
        j.put("code", d.code());
        j.put("status", d.status().code());
        j.put("procedure", d.procedureCode());
        j.put("procedureName", d.procedureName());
        j.put("applicant", d.applicant().fullName());
        j.put("receivedAt", iso(d.receivedAt()));
        j.put("dueAt", iso(d.dueAt()));
        j.put("handler", d.handlerName());
        j.put("finishedAt", iso(d.finishedAt()));
        j.put("verdict", d.verdict().map(Enum::name).orElse(null));
        j.put("returnedAt", iso(d.returnedAt()));
        j.put("returnedTo", d.returnedTo());
        j.put("events", story.events().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", iso(e.at()));
            m.put("by", e.actorName());
            m.put("from", e.from() == null ? null : e.from().code());
            m.put("to", e.to().code());
            m.put("toUser", e.toUserName());
            m.put("note", e.note());
            return m;
        }).toList());
        j.put("steps", story.steps().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("no", s.stepNo());
            m.put("from", s.giverName());
            m.put("to", s.receiverName());
            m.put("unit", s.receiverUnit());
            m.put("handedAt", iso(s.handedAt()));
            m.put("stepDueAt", iso(s.stepDueAt()));
            m.put("finishedAt", iso(s.finishedAt()));
            m.put("verdict", s.verdict().map(Enum::name).orElse(null));
            m.put("note", s.note());
            return m;
        }).toList());
        j.put("supplements", story.rounds().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", r.roundNo());
            m.put("NoiDungBoSung", r.content());
            m.put("NgayBoSung", iso(r.requestedAt()));
            m.put("NgayTiepNhanBoSung", iso(r.receivedAt()));
            m.put("NgayHenTraTruoc", iso(r.oldDueAt()));
            m.put("NgayHenTraMoi", iso(r.newDueAt()));
            return m;
        }).toList());
        j.put("extensions", story.extensions().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", iso(x.at()));
            m.put("workingDays", x.workingDays());
            m.put("reason", x.reason());
            m.put("oldDueAt", iso(x.oldDueAt()));
            m.put("newDueAt", iso(x.newDueAt()));
            m.put("letterNumber", x.letterNumber());
            return m;
        }).toList());
        j.put("ledger", story.ledger().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policy", l.policy().name());
            m.put("calendarVersion", l.calendarVersion());
            m.put("paused", l.paused());
            m.put("dueDates", l.dueDates().stream().map(Object::toString).toList());
            m.put("explanation", l.explanations());
            return m;
        }).orElse(null));
        j.put("documents", documents.stream().map(doc -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("component", doc.componentCode());
            m.put("kind", doc.kind().name());
            m.put("pages", doc.pages());
            m.put("sha256", doc.sha256());
            m.put("digitized", doc.digitized());
            m.put("reused", doc.reused());
            return m;
        }).toList());
        j.put("forms", story.forms());
        j.put("rating", story.rating().map(r -> Map.of("level", r.level(), "ratedAt", iso(r.ratedAt()))).orElse(null));
        j.put("syncState", story.syncState().name());
        j.put("syncHistory", story.syncHistory().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", e.action());
            m.put("state", e.state().name());
            m.put("queuedAt", iso(e.createdAt()));
            m.put("sentAt", iso(e.sentAt()));
            return m;
        }).toList());
        return j;
    }

    private static String iso(Instant i) {
        return i == null ? null : i.toString();
    }
}
