/** The relative pronouns, as written: a relative clause, its verb first, follows one (الذي حماه، التي فازت). */
export const RELATIVE_PRONOUNS: readonly string[] = ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي'];
