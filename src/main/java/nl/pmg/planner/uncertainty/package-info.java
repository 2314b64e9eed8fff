/**
 * Uncertainty and sensitivity of a selection (OECD/JRC Handbook step 7): Monte Carlo over the index's
 * weights and methods re-solving the same constrained selection ({@code /api/selections/uncertainty}), the
 * weight range per domain over which each selected area stays selected, variance-based (Sobol) indices of
 * its selection per domain weight and method choice, and irreplaceability over near-optimal selections
 * ({@code /api/selections/sensitivity}). It only re-solves problems the selection feature prepares.
 */
package nl.pmg.planner.uncertainty;
