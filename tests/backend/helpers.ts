import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { Method, Output } from '../../shared/api';
import { type Backend, createBackend } from '../../electron/backend/create-backend';
import type { StoreOptions } from '../../electron/backend/store/dataset-store';

export interface TempDirs {
  root: string;
  datasetsDir: string;
  configDir: string;
  cleanup(): void;
}

/** Fresh folders under the system temp dir: tests never touch data/. */
export function tempDirs(): TempDirs {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tally-backend-'));
  return {
    root,
    datasetsDir: path.join(root, 'datasets'),
    configDir: path.join(root, 'config'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const SAMPLE_DIR = path.resolve(__dirname, '../../data/sample');

export function backendFor(dirs: TempDirs, extra: { sampleDir?: string; store?: StoreOptions } = {}): Backend {
  return createBackend({
    datasetsDir: dirs.datasetsDir,
    configDir: dirs.configDir,
    sampleDir: extra.sampleDir ?? path.join(dirs.root, 'no-sample'),
    mode: 'web',
    version: '0.0.0-test',
    store: extra.store,
  });
}

/** Calls a method through dispatch and returns its data, failing the test with the error otherwise. */
export async function ok<M extends Method>(b: Backend, method: M, payload: unknown = {}): Promise<Output<M>> {
  const r = await b.dispatch(method, payload);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.data as Output<M>;
}

/** Calls a method expecting a failure with this code; returns the error. */
export async function fails(b: Backend, method: string, payload: unknown, code: string) {
  const r = await b.dispatch(method, payload);
  expect(r.ok, `${method} should have failed with ${code}`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.code).toBe(code);
  return r.error;
}

export const bytes = (file: string) => readFileSync(file);

export const SOURCE_TEXT =
  'Năm 2021, kim ngạch xuất khẩu của tỉnh Thái Nguyên đạt gần 29 tỷ USD, tăng 8,2% so với năm trước. ' +
  'Tỷ lệ hộ nghèo giảm còn 2,16%. Tăng trưởng GRDP đạt 6,51%.';

/** A dataset with one source, open in b; returns its path and the source id. */
export async function datasetWithSource(b: Backend, name = 'Thử nghiệm') {
  const snap = await ok(b, 'datasets-create', { name });
  const { source } = await ok(b, 'sources-create', {
    meta: { title: 'Báo Thái Nguyên', publisher: 'Báo Thái Nguyên', url: 'https://baothainguyen.vn/a', published: '2022-01-10', language: 'vi' },
    text: SOURCE_TEXT,
  });
  return { dir: snap.path, sourceId: source.id };
}

/** A quote anchor for the first occurrence of `exact` in SOURCE_TEXT. */
export function quoteOf(exact: string, text = SOURCE_TEXT) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return { exact, prefix: text.slice(Math.max(0, start - 10), start), suffix: text.slice(start + exact.length, start + exact.length + 10), start, end: start + exact.length };
}

/**
 * Fresh temp folders for every test of a file: call once at the top level. The returned object is refilled before
 * each test (so `dirs.datasetsDir` always names the current test's folder) and its folders removed after it.
 */
export function tempDirsPerTest(): TempDirs {
  const current = {} as TempDirs;
  beforeEach(() => {
    Object.assign(current, tempDirs());
  });
  afterEach(() => current.cleanup());
  return current;
}
