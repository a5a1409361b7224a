package vn.motcua.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.dossier.IntakeRequest;

/**
 * Reads the request file of {@code dossier receive}. Every refusal names the JSON field, so a
 * script author knows what to fix; text is normalized to NFC here, at the edge.
 */
final class IntakeRequestJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private IntakeRequestJson() {
    }

    static IntakeRequest read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "cli.fileNotFound", file.toString());
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "dossier.request.notJson", file.toString(), String.valueOf(e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UserFacingException(e, "cli.fileUnreadable", file.toString());
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException("dossier.request.notObject", file.toString());
        }
        JsonNode a = root.path("applicant");
        if (!a.isObject()) {
            throw new UserFacingException("dossier.request.missingField", "applicant");
        }
        ApplicantDetails applicant = new ApplicantDetails(text(a, "fullName"), text(a, "idNumber"),
                date(a, "birthDate"), sex(a), text(a, "address"), text(a, "phone"), text(a, "email"));
        return new IntakeRequest(uuid(root), text(root, "procedureCode"), applicant,
                ApplicantType.parse(text(root, "applicantType")), text(root, "ownerName"), components(root),
                Channel.parse(text(root, "channel")), receivedAt(root), integer(root, "sets", 1),
                text(root, "returnMethod"), outcome(root), text(root, "reason"));
    }

    private static List<ComponentQuantity> components(JsonNode root) {
        JsonNode list = root.path("components");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new UserFacingException("dossier.request.badField", "components", "[{\"code\": …}]");
        }
        List<ComponentQuantity> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String at = "components[" + i + "].";
            String code = text(c, "code");
            if (code == null) {
                throw new UserFacingException("dossier.request.missingField", at + "code");
            }
            out.add(new ComponentQuantity(code, integer(c, "originals", 0, at), integer(c, "certifiedCopies", 0, at),
                    integer(c, "photocopies", 0, at), integer(c, "pages", 0, at)));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : Text.nfcOrNull(v.asText());
    }

    private static int integer(JsonNode node, String field, int absent) {
        return integer(node, field, absent, "");
    }

    private static int integer(JsonNode node, String field, int absent, String at) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() && !v.asText().matches("-?\\d+")) {
            throw new UserFacingException("dossier.request.badField", at + field, "0, 1, 2 …");
        }
        return v.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null) {
            return null;
        }
        try {
            return t.contains("/") ? LocalDate.parse(t, VN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "dossier.request.badField", "applicant." + field, "1990-05-17 / 17/05/1990");
        }
    }

    private static Sex sex(JsonNode node) {
        String t = text(node, "sex");
        if (t == null) {
            return null;
        }
        return switch (Text.fold(t)) {
            case "nam", "male", "m" -> Sex.MALE;
            case "nu", "female", "f" -> Sex.FEMALE;
            default -> throw new UserFacingException("dossier.request.badField", "applicant.sex", "Nam / Nữ");
        };
    }

    /** An instant with an offset, or a Vietnam local time ("2026-11-23T09:05"). */
    private static Instant receivedAt(JsonNode root) {
        String t = text(root, "receivedAt");
        if (t == null) {
            return null;
        }
        try {
            return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? java.time.OffsetDateTime.parse(t).toInstant()
                    : WorkCalendar.toInstant(LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "dossier.request.badField", "receivedAt", "2026-11-23T09:05");
        }
    }

    private static UUID uuid(JsonNode root) {
        String t = text(root, "uuid");
        try {
            return t == null ? null : UUID.fromString(t);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "dossier.request.badField", "uuid", UUID.randomUUID().toString());
        }
    }

    private static IntakeOutcome outcome(JsonNode root) {
        String t = text(root, "outcome");
        if (t == null) {
            return IntakeOutcome.ACCEPT;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "accept" -> IntakeOutcome.ACCEPT;
            case "supplement", "request_supplement" -> IntakeOutcome.REQUEST_SUPPLEMENT;
            case "refuse" -> IntakeOutcome.REFUSE;
            default -> throw new UserFacingException("dossier.request.badField", "outcome", "accept / supplement / refuse");
        };
    }
}
