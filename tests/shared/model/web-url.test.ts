import { describe, expect, it } from 'vitest';
import { isWebUrl, SourceMeta, SourceMetaPatch } from '../../../shared/model';
import { htmlMeta } from '../../../shared/import/html-meta';
import { BOM, csvLine, INTERCHANGE_COLUMNS, readInterchange } from '../../../shared/interchange';

const BAD = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://x.example/a', 'http://', 'not a url'];
const GOOD = ['https://baothainguyen.vn/kinh-te', 'http://localhost:8080/a?b=c', 'HTTPS://VNEXPRESS.NET/x'];

describe('source URLs: http and https only', () => {
  it('isWebUrl accepts web addresses and nothing else', () => {
    for (const u of GOOD) expect(isWebUrl(u), u).toBe(true);
    for (const u of BAD) expect(isWebUrl(u), u).toBe(false);
  });

  it('the Source schema (create and patch) refuses every other scheme with a message naming the rule', () => {
    for (const url of BAD) {
      const r = SourceMeta.safeParse({ title: 'T', url, language: 'vi' });
      expect(r.success, url).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({ path: ['url'], message: 'the URL must be a web address starting with http:// or https://' });
      expect(SourceMetaPatch.safeParse({ url }).success, url).toBe(false);
    }
    expect(SourceMeta.parse({ title: 'T', url: '', language: 'vi' }).url).toBe('');
    expect(SourceMeta.parse({ title: 'T', url: GOOD[0], language: 'vi' }).url).toBe(GOOD[0]);
  });

  it('interchange import: a source_url of another scheme is a row error in the source_url column', () => {
    const header = INTERCHANGE_COLUMNS.join(',');
    const row = (url: string) =>
      csvLine(INTERCHANGE_COLUMNS.map((c) => ({ id: `o-${url.length}`, entity: 'E', indicator: 'I', source_title: 'T', source_url: url })[c as string] ?? '')).trimEnd();
    const r = readInterchange(`${BOM}${header}\r\n${row('javascript:alert(1)')}\r\n${row('https://x.example/aa')}\r\n`, 'csv');
    expect(r.errors).toEqual([{ row: 1, column: 'source_url', message: 'source_url "javascript:alert(1)" must be a web address starting with http:// or https://' }]);
    expect(r.rows).toHaveLength(1);
  });

  it("HTML import takes no canonical or og:url of another scheme", () => {
    const meta = htmlMeta(
      '<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x"></head><body></body></html>',
    );
    expect(meta.url).toBe('');
  });
});
