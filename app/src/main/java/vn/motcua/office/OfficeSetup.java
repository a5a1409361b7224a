package vn.motcua.office;

/** The first-run answers: the office and its first administrator. */
public record OfficeSetup(String agencyCode, String officeName, String province, String lookupUrl,
                          String adminUsername, String adminFullName, char[] adminPassword) {
}
