/** A file's bytes as base64 (for FilePayload), read by the browser off the main thread's critical path. */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`cannot read ${file.name}: ${reader.error?.message ?? 'unknown error'}`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // A data URL: "data:<type>;base64,<bytes>".
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Only interchange files: the backend reads .csv and .json. */
export function isInterchangeFile(name: string): boolean {
  return /\.(csv|json)$/i.test(name);
}
