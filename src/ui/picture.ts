/**
 * Pictures and files for the reader to keep: the view as SVG (the scene drawn by the pure writer
 * in src/look, with the shipped font embedded so Arabic renders anywhere the file goes), PNG
 * (that SVG rasterised), and the download itself.
 */
import type { Scene, SceneText } from '../look/scene.ts';
import { sceneToSvg } from '../look/scene-svg.ts';

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules with the font files inlined, so the SVG needs nothing from the network. */
async function embeddedFonts(): Promise<string> {
  // The font files' URLs load with the first export: the reader's page (and the build, which
  // renders the app's first paint in Node, where a `?url` import means nothing) never needs them.
  const { arabic400, arabic600, latin400, latin600 } = await import('./picture-fonts.ts');
  const faces = [
    [
      arabic400,
      400,
      'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F',
    ],
    [
      arabic600,
      600,
      'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F',
    ],
    [latin400, 400, 'U+0000-00FF, U+2000-206F, U+20AC, U+2122'],
    [latin600, 600, 'U+0000-00FF, U+2000-206F, U+20AC, U+2122'],
  ] as const;
  const rules = await Promise.all(
    faces.map(
      async ([url, weight, range]) =>
        `@font-face{font-family:"IBM Plex Sans Arabic";font-weight:${weight};src:url(${await dataUrl(url)}) format("woff2");unicode-range:${range};}`,
    ),
  );
  return rules.join('');
}

/** The scene as a standalone SVG picture, with the shipped font inside it. */
export async function pictureSvg({ nodes, edges }: Scene, text: SceneText): Promise<string> {
  const svg = sceneToSvg(nodes, edges, text);
  const fonts = await embeddedFonts().catch(() => '');
  // The style goes right after the root element's opening tag.
  return fonts ? svg.replace(/(<svg[^>]*>)/, `$1<style>${fonts}</style>`) : svg;
}

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    // Fonts inside an SVG image load after the image decodes; until they do, text in a face not
    // yet loaded is drawn invisible. Give them a moment before taking the picture.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
