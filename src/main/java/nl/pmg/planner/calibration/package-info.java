/**
 * Calibration on past rounds (revealed preference): which index weights best explain what the ministry
 * actually chose, estimated by a non-negative conditional logit of the chosen set among the candidates on
 * the data as known then, with a cross-validated ridge, bootstrap intervals and a permutation test that
 * says when a choice is not explained by the data. Calibrated frameworks are saved as labelled versions
 * ("calibrated on …") and used like any other, never as the default ({@code /api/calibrations}).
 */
package nl.pmg.planner.calibration;
