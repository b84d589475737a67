/** One page for both peers, so they load the same way: `?subject=bare|sigma&graph=<url>`. */
const subject = new URLSearchParams(location.search).get('subject');
await (subject === 'sigma' ? import('./sigma.ts') : import('./bare.ts'));
export {};
