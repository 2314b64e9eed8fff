/**
 * Disclosure control: the one path every area value takes on its way out of the service. A caller
 * without detail rights for an area's gemeente gets wijk and buurt values suppressed, and gemeente
 * values suppressed when they are small counts or rates over few inhabitants.
 */
package nl.pmg.planner.disclosure;
