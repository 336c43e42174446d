import type { z } from 'zod';
import type { FieldError } from './problem';
import { toPointer } from './problem';

/** Turns zod issues into field errors with JSON Pointers below `base`; each unknown key gets its own error. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], base: readonly (string | number)[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ pointer: toPointer([...path, key]), message: issue.message });
    } else {
      out.push({ pointer: toPointer(path), message: issue.message });
    }
  }
  return out;
}
