package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an import changes against the catalogue in force, procedure by procedure, in Vietnamese sentences. */
final class CatalogDiff {
    final List<ProcedureChange> added = new ArrayList<>();
    final List<ProcedureChange> changed = new ArrayList<>();
    final List<ProcedureChange> removed = new ArrayList<>();

    private CatalogDiff() {
    }

    static CatalogDiff between(List<Procedure> before, List<Procedure> after) {
        CatalogDiff diff = new CatalogDiff();
        Map<String, Procedure> old = new LinkedHashMap<>();
        before.forEach(p -> old.put(p.code(), p));
        for (Procedure p : after) {
            Procedure was = old.remove(p.code());
            if (was == null) {
                diff.added.add(new ProcedureChange(p.code(), p.name(), List.of()));
            } else if (!was.equals(p)) {
                diff.changed.add(new ProcedureChange(p.code(), p.name(), differences(was, p)));
            }
        }
        old.values().forEach(p -> diff.removed.add(new ProcedureChange(p.code(), p.name(), List.of())));
        return diff;
    }

    boolean empty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    static List<String> differences(Procedure was, Procedure now) {
        List<String> out = new ArrayList<>();
        if (!was.name().equals(now.name())) {
            out.add(CatalogText.get("catalog.diff.name", was.name(), now.name()));
        }
        if (!was.field().equals(now.field())) {
            out.add(CatalogText.get("catalog.diff.field", was.field(), now.field()));
        }
        if (!was.time().equals(now.time())) {
            boolean sameText = was.time().legalTimeText().equals(now.time().legalTimeText());
            out.add(CatalogText.get("catalog.diff.time", sameText ? was.time().budget().describe() : was.time().legalTimeText(),
                    sameText ? now.time().budget().describe() : now.time().legalTimeText()));
        }
        if (!was.fee().equals(now.fee())) {
            out.add(CatalogText.get("catalog.diff.fee", was.fee().name() + ": " + was.fee().describe(),
                    now.fee().name() + ": " + now.fee().describe()));
        }
        Map<String, RequiredComponent> old = new LinkedHashMap<>();
        was.components().forEach(c -> old.put(c.code(), c));
        for (RequiredComponent c : now.components()) {
            RequiredComponent before = old.remove(c.code());
            if (before == null) {
                out.add(CatalogText.get("catalog.diff.componentAdded", c.code(), c.name()));
            } else if (!before.equals(c)) {
                out.add(CatalogText.get("catalog.diff.componentChanged", c.code(), String.join("; ", componentParts(before, c))));
            }
        }
        old.values().forEach(c -> out.add(CatalogText.get("catalog.diff.componentRemoved", c.code(), c.name())));
        if (out.isEmpty()) { // same parts, another order
            out.add(CatalogText.get("catalog.diff.order"));
        }
        return out;
    }

    private static List<String> componentParts(RequiredComponent a, RequiredComponent b) {
        List<String> parts = new ArrayList<>();
        part(parts, "catalog.diff.part.name", a.name(), b.name());
        part(parts, "catalog.diff.part.originals", a.originals(), b.originals());
        part(parts, "catalog.diff.part.certifiedCopies", a.certifiedCopies(), b.certifiedCopies());
        part(parts, "catalog.diff.part.photocopies", a.photocopies(), b.photocopies());
        part(parts, "catalog.diff.part.source", Choice.code(a.source()), Choice.code(b.source()));
        part(parts, "catalog.diff.part.mandatory", a.mandatory(), b.mandatory());
        return parts;
    }

    private static void part(List<String> parts, String key, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            parts.add(CatalogText.get(key, String.valueOf(was), String.valueOf(now)));
        }
    }
}
