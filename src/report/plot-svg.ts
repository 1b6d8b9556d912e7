// Observable Plot rendered to static markup when the report is written: Plot draws into the DOM it
// is given (its `document` option), here linkedom's, and the figure is kept as HTML text.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;
let plotDocument: PlotDocument | undefined;

/** The chart's markup (an <svg>, or a <figure> with its legend), ready to go into the page as it is. */
export function plotMarkup(options: Plot.PlotOptions): string {
  plotDocument ??= parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as PlotDocument;
  const chart = Plot.plot({ ...options, document: plotDocument });
  return chart.outerHTML;
}

/** The colour-blind-safe palette of Okabe and Ito (2008), black left out. */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;
/** What the palette's colours leave: the rest of a category, drawn in grey. */
export const OTHER_GREY = '#9a9a9a';
