/**
 * Cytoscape injects an inline <style> into <head> unless an element with this id exists; under a
 * strict CSP (style-src 'self') that injection is a violation. Its one rule (a positioned
 * container) is in styles.css, so a marker element stands in for it.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
export function preventInlineStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.appendChild(marker);
}
