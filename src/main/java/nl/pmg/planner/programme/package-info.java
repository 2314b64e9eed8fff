/**
 * The Preventie met Gezag programme and its history: every membership with tranche (start 2022, NPLV and
 * data-selected expansion 2023, the regional round of April 2024), start and end date, basis, funding type
 * and source, kept in the store ({@code ProgrammeRepository}: {@code geodata/programme/} plus recorded changes
 * on the embedded default, the database under {@code postgis}); who was a member on a date or in a period;
 * and the NPLV focus areas.
 */
package nl.pmg.planner.programme;
