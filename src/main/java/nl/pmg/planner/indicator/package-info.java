/**
 * The indicator catalogue ({@code geodata/catalogue.json}) and indicator values per area, computed
 * in code from the shipped counts and denominators. Missing and suppressed values keep their
 * status and are never turned into zero.
 */
package nl.pmg.planner.indicator;
