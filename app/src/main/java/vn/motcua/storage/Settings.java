package vn.motcua.storage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.motcua.common.Language;

/**
 * The desk's own preferences ({@code settings.json} in the data directory). Keys this version
 * does not know are kept as they are, so an older desk never erases a newer desk's settings.
 */
public final class Settings {
    private final ObjectNode node;

    Settings(ObjectNode node) {
        this.node = node;
    }

    public static Settings defaults() {
        return new Settings(JsonNodeFactory.instance.objectNode());
    }

    public Language language() {
        return Language.fromTag(node.path("language").asText(null));
    }

    public Settings withLanguage(Language language) {
        ObjectNode copy = node.deepCopy();
        copy.put("language", language.tag());
        return new Settings(copy);
    }

    ObjectNode json() {
        return node.deepCopy();
    }
}
