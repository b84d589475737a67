/** One page for every peer, so they load the same way: `?subject=bare|styled|sigma&graph=<url>`. */
const subject = new URLSearchParams(location.search).get('subject');
await (subject === 'sigma'
  ? import('./sigma.ts')
  : subject === 'styled'
    ? import('./styled.ts')
    : import('./bare.ts'));
export {};
