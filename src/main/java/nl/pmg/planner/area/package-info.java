/**
 * The CBS area hierarchy of the 2024 division — gemeente, wijk, buurt — with each gemeente's
 * province, veiligheidsregio, police unit and RIEC, and boundaries in RD New loaded from
 * {@code geodata/areas_2024.gpkg}. Buurt boundaries are an approximate reconstruction.
 */
package nl.pmg.planner.area;
