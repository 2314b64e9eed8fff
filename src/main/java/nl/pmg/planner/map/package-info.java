/** The web map's server side: its configuration (base tiles off by default) and page routes. */
package nl.pmg.planner.map;
