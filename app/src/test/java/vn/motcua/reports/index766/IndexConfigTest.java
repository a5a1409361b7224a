package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/** The index configuration: the shipped defaults of reference §9, the office's override, and every refusal naming its field. */
class IndexConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheFiveGroupsOfDecision766() {
        IndexConfig config = IndexConfig.defaults();
        assertThat(config.groups()).extracting(IndexConfig.Group::id)
                .containsExactly("transparency", "timeliness", "digitization", "onlineServices", "satisfaction");
        assertThat(config.groups()).extracting(IndexConfig.Group::points).containsExactly(18.0, 20.0, 22.0, 22.0, 18.0);
        assertThat(config.indicator("digitizedComponents").threshold()).isEqualTo(0.8);
        assertThat(config.indicator("onlineSubmission").threshold()).isEqualTo(0.5);
        assertThat(config.indicator("onlinePayment").weight()).isEqualTo(10);
        assertThat(config.zeroDenominator()).isEqualTo(IndexConfig.ZeroDenominator.FULL);
        assertThat(IndexConfig.load(dir)).isEqualTo(config); // no office file: the defaults
    }

    @Test
    void theOfficeFileChangesOnlyTheValuesItGives() throws Exception {
        write("""
                {"groups": {"onlineServices": {"indicators": {
                    "onlinePayment": {"weight": 8},
                    "onlineProcedures": {"weight": 8, "threshold": 0.9}}}}}
                """);
        IndexConfig config = IndexConfig.load(dir);
        assertThat(config.indicator("onlinePayment")).isEqualTo(new IndexConfig.Indicator("onlinePayment", 8, 1.0));
        assertThat(config.indicator("onlineProcedures")).isEqualTo(new IndexConfig.Indicator("onlineProcedures", 8, 0.9));
        assertThat(config.indicator("onlineSubmission")).isEqualTo(IndexConfig.defaults().indicator("onlineSubmission"));
        assertThat(config.group("digitization")).isEqualTo(IndexConfig.defaults().group("digitization"));
    }

    @Test
    void aMalformedFileIsRefusedWithASentenceNamingTheField() throws Exception {
        refused("{\"groups\": {\"digitization\": {\"indicators\": {\"dataReuse\": {\"weight\": 7}}}}}",
                "index766.config.weightSum", "digitization", "groups.digitization.indicators");
        refused("{\"groups\": {\"digitization\": {\"indicators\": {\"digitizedComponents\": {\"threshold\": 1.5}}}}}",
                "index766.config.outOfRange", "groups.digitization.indicators.digitizedComponents.threshold", "1.5");
        refused("{\"groups\": {\"digitization\": {\"indicators\": {\"digitisedComponents\": {\"threshold\": 0.7}}}}}",
                "index766.config.unknownField", "groups.digitization.indicators.digitisedComponents");
        refused("{\"groups\": {\"timeliness\": {\"points\": 25, \"indicators\": {\"onTime\": {\"weight\": 25}}}}}",
                "index766.config.totalPoints", "105");
        refused("{\"groups\": {\"satisfaction\": {\"indicators\": {\"satisfiedRatings\": {\"weight\": \"mười tám\"}}}}}",
                "index766.config.outOfRange", "groups.satisfaction.indicators.satisfiedRatings.weight");
        refused("{\"zeroDenominator\": \"HALF\"}", "index766.config.badChoice", "zeroDenominator", "HALF");
        refused("{\"groups\": [18, 20]}", "index766.config.notObject", "groups");
        refused("{\"groups\": {\"transparency\": ", "index766.config.syntax", IndexConfig.FILE_NAME);
    }

    private void refused(String json, String key, String... inMessage) throws Exception {
        write(json);
        assertThatThrownBy(() -> IndexConfig.load(dir)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            for (Language language : Language.values()) {
                String sentence = e.localized(Messages.of(language));
                assertThat(sentence).as(language + ": " + sentence).contains(IndexConfig.FILE_NAME).contains(inMessage);
            }
        });
    }

    private void write(String json) throws Exception {
        Files.writeString(dir.resolve(IndexConfig.FILE_NAME), json);
    }
}
