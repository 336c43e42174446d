import { SPECIES } from '../../core/data/penguins';

/** A point shape that the charts' SVG point layer draws and our HTML legends mirror. */
export type SpeciesShape = 'circle' | 'triangle' | 'square' | 'diamond';

/** How one species label is drawn: color, shape and dash pattern, so color is never the only cue. */
export interface SpeciesStyle {
  color: string;
  shape: SpeciesShape;
  /** SVG stroke-dasharray for lines and outlines ('' for solid). */
  dash: string;
}

/*
 * Okabe–Ito hues (safe for color-vision deficiencies). On the light theme they are darkened
 * so each keeps at least 3:1 contrast against the white chart surface (WCAG 1.4.11); on the dark
 * theme the original hues already exceed 4.5:1.
 */
const PALETTES = {
  light: { Adelie: '#B36B00', Chinstrap: '#3A7FB8', Gentoo: '#007A5A', other: '#5F6B7A' },
  dark: { Adelie: '#E69F00', Chinstrap: '#56B4E9', Gentoo: '#009E73', other: '#9AA5B4' },
} as const;

const SHAPES: Record<string, SpeciesShape> = { Adelie: 'circle', Chinstrap: 'triangle', Gentoo: 'square' };
const DASHES: Record<string, string> = { Adelie: '', Chinstrap: '6 3', Gentoo: '2 2' };

/** The style of a species label; labels that are not one of the three species (typos) are gray diamonds. */
export function speciesStyle(label: string, scheme: 'light' | 'dark'): SpeciesStyle {
  const known = (SPECIES as readonly string[]).includes(label);
  const palette = PALETTES[scheme];
  return {
    color: known ? palette[label as keyof typeof palette] : palette.other,
    shape: SHAPES[label] ?? 'diamond',
    dash: DASHES[label] ?? '8 2 2 2',
  };
}
