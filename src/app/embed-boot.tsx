/** The interactive embed, mounted over #root (and over the picture embed.html paints first). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { indexGraph } from '../model/graph.ts';
import { Embed, fullAppUrl, withPageLanguage } from './Embed.tsx';
import { pageGraph } from './page-data.ts';

export function mountEmbed(root: HTMLElement): void {
  // The page's first paint (the same Embed, rendered at build: src/publish/first-paint-html.tsx)
  // has the picture of the graph; the live canvas keeps it on screen until it has drawn.
  const picture = root.querySelector('#fl-static-picture')?.innerHTML;
  createRoot(root).render(
    <StrictMode>
      <Embed
        graph={indexGraph(pageGraph())}
        search={withPageLanguage(location.search, document.documentElement.lang)}
        appUrl={fullAppUrl(location.href)}
        picture={picture}
      />
    </StrictMode>,
  );
}
