import type { MermaidConfig } from 'mermaid';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Arial's metrics are what Mermaid measures labels with when it lays a diagram out. Arial, Helvetica and
 * Liberation Sans (Linux's Arial) share them, so labels fit their boxes on the reader's machine too; a system
 * font stack would not (the SVG is shown as an <img>, which cannot load the site's fonts anyway).
 */
const FONT = 'arial, helvetica, "Liberation Sans", sans-serif';

const common: MermaidConfig = {
  theme: 'base',
  fontFamily: FONT,
  securityLevel: 'strict',
  // Plain SVG <text> instead of HTML in <foreignObject>: renders the same in every browser's <img>, in print
  // and when the file is opened on its own.
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: false, padding: 12, nodeSpacing: 36, rankSpacing: 44, curve: 'basis', wrappingWidth: 240 },
  // Mermaid's 1px edges nearly vanish when a wide diagram is scaled down to the text column.
  themeCSS: '.flowchart-link{stroke-width:1.5px}',
};

/** Both palettes follow the site's slate and accent colours (app/globals.css); text contrast is ≥ 7:1 on nodes. */
export const MERMAID_CONFIG: Record<Theme, MermaidConfig> = {
  light: {
    ...common,
    darkMode: false,
    themeVariables: {
      fontFamily: FONT,
      fontSize: '15px',
      background: '#ffffff',
      primaryColor: '#ebf4ff', // accent-50
      primaryBorderColor: '#0961bb', // accent-600
      primaryTextColor: '#0f172a', // slate-900
      secondaryColor: '#f1f5f9', // slate-100
      secondaryBorderColor: '#64748b',
      secondaryTextColor: '#0f172a',
      tertiaryColor: '#f8fafc', // slate-50
      tertiaryBorderColor: '#94a3b8',
      tertiaryTextColor: '#0f172a',
      lineColor: '#475569', // slate-600
      textColor: '#0f172a',
      mainBkg: '#ebf4ff',
      nodeBorder: '#0961bb',
      nodeTextColor: '#0f172a',
      clusterBkg: '#f8fafc',
      clusterBorder: '#94a3b8', // slate-400
      titleColor: '#0f172a',
      edgeLabelBackground: '#ffffff',
    },
  },
  dark: {
    ...common,
    darkMode: true,
    themeVariables: {
      fontFamily: FONT,
      fontSize: '15px',
      background: '#0f172a', // slate-900, the figure frame in dark mode
      primaryColor: '#172554', // a deep accent, so nodes stand out from the frame
      primaryBorderColor: '#85bcf5', // accent-300
      primaryTextColor: '#f1f5f9', // slate-100
      secondaryColor: '#1e293b', // slate-800
      secondaryBorderColor: '#94a3b8',
      secondaryTextColor: '#f1f5f9',
      tertiaryColor: '#111827',
      tertiaryBorderColor: '#64748b',
      tertiaryTextColor: '#f1f5f9',
      lineColor: '#cbd5e1', // slate-300
      textColor: '#f1f5f9',
      mainBkg: '#172554',
      nodeBorder: '#85bcf5',
      nodeTextColor: '#f1f5f9',
      clusterBkg: '#1e293b',
      clusterBorder: '#64748b', // slate-500
      titleColor: '#f1f5f9',
      edgeLabelBackground: '#0f172a',
    },
  },
};
