/**
 * Lists of non-negative integers as text: each number in 7-bit groups (LEB128, so small numbers
 * take one byte), the bytes in base64. A search index is mostly small numbers (gaps between
 * document numbers, counts of 1); as text it stays valid JSON, yet parses as one string instead
 * of millions of array elements.
 */

const CHUNK = 0x8000;

export function packNumbers(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 5);
  let length = 0;
  for (let index = 0; index < values.length; index += 1) {
    let value = values[index]!;
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      throw new RangeError(`packNumbers: ${value} is not an unsigned 32-bit integer`);
    }
    while (value >= 0x80) {
      bytes[length++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 0x80);
    }
    bytes[length++] = value;
  }
  // btoa takes a "binary string"; build it in chunks, as spreading millions of bytes overflows the stack.
  let binary = '';
  for (let start = 0; start < length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, Math.min(length, start + CHUNK)));
  }
  return btoa(binary);
}

/** The `count` numbers packed in `text`; throws when the text holds fewer or more. */
export function unpackNumbers(text: string, count: number): Uint32Array {
  const binary = atob(text);
  const values = new Uint32Array(count);
  let position = 0;
  for (let index = 0; index < count; index += 1) {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      if (position >= binary.length) throw new Error('unpackNumbers: the text ends too soon');
      byte = binary.charCodeAt(position++);
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte >= 0x80);
    values[index] = value;
  }
  if (position !== binary.length) throw new Error('unpackNumbers: the text holds more numbers than expected');
  return values;
}
