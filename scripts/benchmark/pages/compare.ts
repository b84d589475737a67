/** One page for every peer, so they load the same way: `?subject=bare|styled|sigma&graph=<url>`. */
const subject = new URLSearchParams(location.search).get('subject');
// One import statement each: Vite gives every dynamic import its own list of chunks to preload,
// and a single conditional expression would make every page preload Cytoscape.
if (subject === 'sigma') await import('./sigma.ts');
else if (subject === 'styled') await import('./styled.ts');
else await import('./bare.ts');
export {};
