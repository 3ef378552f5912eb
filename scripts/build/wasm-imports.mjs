// Short import names for the release build's main module. wasm-bindgen names each JS
// import `__wbg_<name>_<16 hex digits>` from module `./customer-desk-<hash>_bg.js`: about
// 270 imports and 20 KB of names, the hashes incompressible. This renames the imports of
// one module (in the wasm's import section, nothing else changes) to `a`, `b`, … and the
// module to `w`; scripts/build/split-wasm.mjs renames the same keys in wasm-bindgen's JS.

/** Reads an unsigned LEB128 at `offset`: `[value, next offset]`. */
function uleb(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, offset];
    shift += 7;
  }
}

function ulebBytes(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encode = (text) => [...ulebBytes(Buffer.byteLength(text)), ...Buffer.from(text)];

/** The short name of the `index`th import: a, b, …, z, ba, bb, … (never a JS keyword that
 * matters: they are object keys). */
export function shortName(index) {
  let name = '';
  do {
    name = String.fromCharCode(97 + (index % 26)) + name;
    index = Math.floor(index / 26);
  } while (index > 0);
  return name;
}

/** Where an import's description ends, from its kind byte at `offset`. */
function skipDescription(bytes, offset) {
  const kind = bytes[offset++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = uleb(bytes, at);
    if (flags & 1) [, at] = uleb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: return uleb(bytes, offset)[1]; // function: type index
    case 1: return limits(offset + 1); // table: reference type, limits
    case 2: return limits(offset); // memory: limits
    case 3: return offset + 2; // global: value type, mutability
    case 4: return uleb(bytes, offset + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm-imports: unknown import kind ${kind}`);
  }
}

/** `{bytes, renames}`: `wasm` with the imports of `module` renamed, and old name -> new. */
export function shortenImports(wasm, module, shortModule = 'w') {
  const bytes = new Uint8Array(wasm);
  const out = [bytes.subarray(0, 8)];
  const renames = new Map();
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, payloadStart] = uleb(bytes, offset + 1);
    const end = payloadStart + size;
    if (id !== 2) {
      out.push(bytes.subarray(offset, end));
      offset = end;
      continue;
    }
    let [count, at] = uleb(bytes, payloadStart);
    const payload = [...ulebBytes(count)];
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleStart] = uleb(bytes, at);
      const moduleName = utf8.decode(bytes.subarray(moduleStart, moduleStart + moduleLength));
      const [fieldLength, fieldStart] = uleb(bytes, moduleStart + moduleLength);
      const field = utf8.decode(bytes.subarray(fieldStart, fieldStart + fieldLength));
      const descriptionStart = fieldStart + fieldLength;
      const descriptionEnd = skipDescription(bytes, descriptionStart);
      if (moduleName === module) {
        if (!renames.has(field)) renames.set(field, shortName(renames.size));
        payload.push(...encode(shortModule), ...encode(renames.get(field)));
      } else {
        payload.push(...encode(moduleName), ...encode(field));
      }
      payload.push(...bytes.subarray(descriptionStart, descriptionEnd));
      at = descriptionEnd;
    }
    if (at !== end) throw new Error('wasm-imports: the import section did not end where its size said');
    out.push(Uint8Array.from([2, ...ulebBytes(payload.length), ...payload]));
    offset = end;
  }
  return { bytes: Buffer.concat(out), renames };
}
