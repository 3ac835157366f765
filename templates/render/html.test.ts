import { describe, expect, it } from 'vitest';
import { demoCases, demoLogoDataUrl, specimenModel } from '../demo-data';
import { generalLetter } from '../general-letter';
import type { LetterModel } from '../model';
import { renderDocx } from './docx';
import { letterText, renderHtml, renderHtmlBatch } from './html';
import { docxLines, htmlLines, readDocx } from './testing';

const cases = demoCases['general-letter']!;
const models: LetterModel[] = [...cases.map((c) => generalLetter.build(generalLetter.data.parse(c.data), c.context)), specimenModel()];

describe('renderHtml', () => {
  it.each(models.map((m) => [m.title, m] as const))('shows the same text as the .docx, both from one model: %s', async (_title, model) => {
    const html = htmlLines(renderHtml(model));
    const docx = docxLines((await readDocx(await renderDocx(model))).documentXml);
    expect(html.join('\n')).toBe(letterText(model));
    expect(docx).toEqual(html);
  });

  it('is a complete document for A4 with "Pagina X van Y" and the small print in the page margins', () => {
    const html = renderHtml(models[1]!);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4; margin: 20mm 20mm 30mm 25mm; \}/);
    expect(html).toContain('@bottom-right { content: "Pagina " counter(page) " van " counter(pages)');
    expect(html).toMatch(/@bottom-left \{ content: "KvK 30123456/);
  });

  it('has no scripts and no external resources; the logo is a data URL', () => {
    const html = renderHtml(specimenModel());
    expect(html).not.toMatch(/<script|<link|<iframe|\burl\(|src="(?!data:)|href=/i);
    expect(html).toContain(`src="${demoLogoDataUrl}"`);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes injected markup: <script> in the text is shown as text', () => {
    const evil = '<script>alert("x")</script> & </style><img src=x onerror=alert(1)>';
    const model: LetterModel = {
      ...specimenModel(),
      title: evil,
      subject: evil,
      addressee: [evil, '1234 AB  PLAATS'],
      blocks: [{ kind: 'paragraph', text: evil }, { kind: 'table', columns: [{ header: evil }], rows: [[evil]] }],
      letterhead: { ...specimenModel().letterhead, footerLines: [evil], contactLines: [evil] },
    };
    const html = renderHtml(model);
    expect(html).not.toMatch(/<script|<img src=x|onerror=alert\(1\)>/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/style&gt;');
    expect(htmlLines(html).filter((l) => l === evil).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the two spaces between postcode and place', () => {
    expect(renderHtml(models[1]!)).toContain('<p>3449 AB  WOERDEN</p>');
    expect(renderHtml(models[1]!)).toMatch(/p, td, th, li, h2 \{ white-space: pre-wrap; \}/);
  });

  it('can give only the letter and its style, for a host page', () => {
    const fragment = renderHtml(models[0]!, { standalone: false });
    expect(fragment.startsWith('<style>')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(htmlLines(fragment).join('\n')).toBe(letterText(models[0]!));
  });
});

describe('renderHtmlBatch', () => {
  it('puts every letter on its own pages, each with its own page counter and footer', () => {
    const html = renderHtmlBatch(models);
    expect(html.match(/<article /g)).toHaveLength(models.length);
    expect(html).toContain('.letter + .letter { break-before: page; }');
    models.forEach((_, i) => {
      expect(html).toContain(`.letter[data-page="letter${i + 1}"] { page: letter${i + 1}; }`);
      expect(html).toMatch(new RegExp(`@page letter${i + 1} \\{\\s*counter-increment: letterpage${i + 1};`));
      expect(html).toContain(`"Pagina " counter(letterpage${i + 1})`);
    });
    expect(htmlLines(html).join('\n')).toBe(models.map(letterText).join('\n'));
  });
});
