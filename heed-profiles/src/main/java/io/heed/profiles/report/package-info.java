/**
 * Persona report charts as self-contained SVG text (hand-written: no charting library on the allowed licence list
 * writes SVG without an LGPL dependency): persona sizes now and at build time ({@link
 * io.heed.profiles.report.SizesChart}), a heat map of standardised persona means ({@link
 * io.heed.profiles.report.HeatMapChart}) and a 2-D PCA projection of a user sample coloured by persona ({@link
 * io.heed.profiles.report.ProjectionChart}, {@link io.heed.profiles.report.Pca}). Pure functions of the model and
 * the profiles; the CLI writes the files. Every chart marks each persona with one {@code <g class="persona">}.
 */
package io.heed.profiles.report;
