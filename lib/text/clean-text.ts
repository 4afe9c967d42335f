// Text a person stores is kept as well-formed Unicode: no NUL (which C libraries, exports
// and some terminals cut at) and no unpaired surrogate halves (which are not characters,
// break UTF-8 encoders and can split an emoji in two). Everything else is kept as typed.

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(/\u0000/g, '').replace(LONE_SURROGATE, '');
}

/** cleanText for optional fields. */
export function cleanOptional<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? cleanText(value) : value) as T;
}

/** True when an offset falls between the two halves of a surrogate pair (inside one character). */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * cleanText on every string of an input object (and of arrays and objects one level down),
 * before validation: the one step each state change takes so that no field is forgotten.
 */
export function cleanFields<T>(input: T): T {
  const clean = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return cleanText(value);
    if (depth > 1 || value === null || typeof value !== 'object' || value instanceof Date) return value;
    if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, depth + 1)]));
  };
  return clean(input, 0) as T;
}
