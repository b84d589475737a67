// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleBytes, readArticleText } from './article-file.ts';
import { htmlToText, looksLikeHtml } from './html-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('htmlToText', () => {
  it('keeps the words and the paragraphs, drops scripts, styles and markup', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body><nav>Home | World</nav>
      <h1>Moscow blames Kyiv</h1><p>Russia   accused
      <b>Ukraine</b>.</p><p>Kyiv denied it.<br>Again.</p><script>document.write(1)</script>
      <p hidden>secret</p><img src=x onerror="alert(1)"></body></html>`;
    expect(htmlToText(html)).toBe(
      'Moscow blames Kyiv\n\nRussia accused Ukraine.\n\nKyiv denied it.\nAgain.',
    );
  });

  it('reads only the <article> when the page marks one', () => {
    expect(htmlToText('<p>Menu</p><article><p>The story.</p></article><p>Footer</p>')).toBe(
      'The story.',
    );
  });

  it('tells page source from prose', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('<div><p>a</p><p>b</p></div>')).toBe(true);
    expect(looksLikeHtml('Russia said 3 < 4 and <b> is bold.')).toBe(false);
  });
});

describe('readArticleBytes', () => {
  it('refuses a PDF, a .docx and a file with NULs, each with its reason', () => {
    expect(readArticleBytes(bytes('%PDF-1.7\n…'))).toMatchObject({ ok: false, reason: 'pdf' });
    expect(readArticleBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
    expect(readArticleBytes(bytes('abc\u0000def'))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('refuses invalid UTF-8 and UTF-16 instead of showing garbage', () => {
    expect(readArticleBytes(new Uint8Array([0x61, 0xff, 0x62]))).toMatchObject({
      ok: false,
      reason: 'notUtf8',
    });
    expect(readArticleBytes(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({
      ok: false,
      reason: 'utf16',
    });
  });

  it('reads Arabic text as it is, and an .html file as its text with its title', () => {
    expect(readArticleBytes(bytes('\uFEFFقالت روسيا.\r\nونفت طاجيكستان.'))).toEqual({
      ok: true,
      text: 'قالت روسيا.\nونفت طاجيكستان.',
      fromHtml: false,
    });
    expect(readArticleBytes(bytes('<h1>Title</h1><p>Body.</p>'), 'story.html')).toEqual({
      ok: true,
      text: 'Title\n\nBody.',
      fromHtml: true,
      title: 'Title',
    });
  });
});

describe('readArticleText', () => {
  it('says a paste is empty or too long for a source, with the figures', () => {
    expect(readArticleText('  \n ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(readArticleText('x'.repeat(10 * 1024 * 1024))).toMatchObject({
      ok: false,
      reason: 'tooLong',
      params: { length: String(10 * 1024 * 1024), max: '2000000' },
    });
  });
});
