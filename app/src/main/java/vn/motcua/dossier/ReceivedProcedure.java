package vn.motcua.dossier;

/** The procedure as it stood when the dossier was received, stamped with the rule versions. */
record ReceivedProcedure(String code, String name, String field, String catalogVersion, String calendarVersion,
        String legalTime) {
}
