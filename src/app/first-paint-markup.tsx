/**
 * A page's first paint — what it shows before any script has run — rendered from the same React
 * components as the live page (react-dom/server), at build and in the editor's Publish: the embed
 * (Embed.tsx) and the app (App.tsx), with the build-time picture of the graph in the canvas's
 * place (graph/StillCanvas.tsx), framed by the box the live canvas fits. The live page replaces
 * this markup with the same elements in the same places, and there is no second copy of its
 * markup to keep in step. The page writers (src/publish/pages.ts) are handed these renderers: they
 * sit below the app's layer. Everything from the file is escaped by React and the picture's writer.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { appPictureId, EMBED_PICTURE_ID } from '../publish/first-paint.ts';
import type { FirstPaint } from '../publish/pages.ts';
import { graphPicture } from '../publish/picture.ts';
import { LANGUAGES } from '../model/vocabulary.ts';
import { App } from './App.tsx';
import { Embed } from './Embed.tsx';

/**
 * Test ids name the live page's controls: a test that finds one must find the live one, never
 * the still copy it replaces (nor two, where the app page carries one per language).
 */
const withoutTestIds = (html: string) => html.replace(/ data-testid="[^"]*"/g, '');

export const FIRST_PAINT: FirstPaint = {
  /** The embed in one language (embed.html, embed-ar.html), as its code will first draw it. */
  embed({ graph, positions }, lang) {
    return withoutTestIds(
      renderToStaticMarkup(
        <Embed
          graph={graph}
          search={`?lang=${lang}`}
          appUrl={`./?lang=${lang}`}
          picture={graphPicture(graph, positions, lang)}
          still={EMBED_PICTURE_ID}
        />,
        { identifierPrefix: `fl-first-${lang}-` },
      ),
    );
  },
  /**
   * The app in each language (index.html), each in a shell the page's stylesheet shows when the
   * address asks for it (src/publish/first-paint.ts chooses before the body is parsed).
   */
  app({ graph, positions }, graphs, editor) {
    return LANGUAGES.map(({ code: lang }) => {
      const html = renderToStaticMarkup(
        <App
          graph={graph}
          search={lang === 'en' ? '' : `?lang=${lang}`}
          graphs={graphs}
          editor={editor}
          picture={graphPicture(graph, positions, lang)}
          still={appPictureId(lang)}
        />,
        { identifierPrefix: `fl-first-${lang}-` },
      );
      return `<div class="fl-static-app" data-fl-shell="${lang}">${withoutTestIds(html)}</div>`;
    }).join('');
  },
};
