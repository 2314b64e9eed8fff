/**
 * The Preventie met Gezag programme as it stands: member municipalities by tranche (start 2022,
 * NPLV and data-selected expansion 2023) and the NPLV focus areas, from {@code geodata/programme/}.
 */
package nl.pmg.planner.programme;
