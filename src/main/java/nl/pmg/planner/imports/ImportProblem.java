package nl.pmg.planner.imports;

/** One reason an import was rejected: the line (1-based; 0 = the file as a whole), the field and why. */
record ImportProblem(long row, String field, String reason) {
}
