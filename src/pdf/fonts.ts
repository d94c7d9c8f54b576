import { createRequire } from "node:module";

// The project's font for print: Atkinson Hyperlegible (Braille Institute, SIL Open
// Font License), designed for legibility at small sizes, as TrueType from npm.
// pdfkit embeds and subsets TrueType; print shops reject the 14 standard PDF fonts,
// which are not embedded.

const require = createRequire(import.meta.url);
const PACKAGE = "@expo-google-fonts/atkinson-hyperlegible";

export const FONTS = {
  regular: require.resolve(`${PACKAGE}/400Regular/AtkinsonHyperlegible_400Regular.ttf`),
  bold: require.resolve(`${PACKAGE}/700Bold/AtkinsonHyperlegible_700Bold.ttf`),
  italic: require.resolve(`${PACKAGE}/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf`),
  boldItalic: require.resolve(`${PACKAGE}/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf`),
} as const;

export type FontName = keyof typeof FONTS;
