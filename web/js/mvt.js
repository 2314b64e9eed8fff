// Decodes Mapbox Vector Tiles (specification 2.1): layers with their features' properties and
// polygon rings in tile units. Plain protobuf reading, no library, so the map works offline.

function reader(bytes, start = 0, end = bytes.length) {
  let pos = start;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  return {
    more: () => pos < end,
    varint,
    tag: () => { const t = varint(); return [Math.floor(t / 8), t & 7]; },
    bytes: () => { const n = varint(); const s = pos; pos += n; return [s, pos]; },
    skip(wire) {
      if (wire === 0) varint();
      else if (wire === 1) pos += 8;
      else if (wire === 2) pos += varint();
      else if (wire === 5) pos += 4;
      else throw new Error(`unsupported wire type ${wire}`);
    },
  };
}

const text = new TextDecoder();

function value(bytes, [s, e]) {
  const r = reader(bytes, s, e);
  while (r.more()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === 2) { const [a, b] = r.bytes(); return text.decode(bytes.subarray(a, b)); }
    if (wire === 0) return r.varint();
    r.skip(wire);
  }
  return null;
}

function packed(bytes, [s, e]) {
  const r = reader(bytes, s, e);
  const out = [];
  while (r.more()) out.push(r.varint());
  return out;
}

/** Rings of a polygon feature: [[x0, y0, x1, y1, …], …] in tile units (y down). */
function rings(commands) {
  const out = [];
  let x = 0;
  let y = 0;
  let ring = null;
  for (let i = 0; i < commands.length;) {
    const id = commands[i] & 7;
    const count = commands[i] >> 3;
    i += 1;
    if (id === 7) { if (ring) out.push(ring); ring = null; continue; }
    for (let k = 0; k < count; k++) {
      const dx = commands[i++];
      const dy = commands[i++];
      x += (dx >> 1) ^ -(dx & 1);
      y += (dy >> 1) ^ -(dy & 1);
      if (id === 1) ring = [x, y];
      else ring.push(x, y);
    }
  }
  return out;
}

function feature(bytes, span, keys, values) {
  const r = reader(bytes, ...span);
  const properties = {};
  let geometry = [];
  let type = 0;
  while (r.more()) {
    const [field, wire] = r.tag();
    if (field === 2 && wire === 2) {
      const tags = packed(bytes, r.bytes());
      for (let i = 0; i + 1 < tags.length; i += 2) properties[keys[tags[i]]] = values[tags[i + 1]];
    } else if (field === 3 && wire === 0) type = r.varint();
    else if (field === 4 && wire === 2) geometry = packed(bytes, r.bytes());
    else r.skip(wire);
  }
  return { type, properties, rings: type === 3 ? rings(geometry) : [] };
}

function layer(bytes, span) {
  const r = reader(bytes, ...span);
  let name = '';
  let extent = 4096;
  const keys = [];
  const values = [];
  const spans = [];
  while (r.more()) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === 2) { const [a, b] = r.bytes(); name = text.decode(bytes.subarray(a, b)); }
    else if (field === 2 && wire === 2) spans.push(r.bytes());
    else if (field === 3 && wire === 2) { const [a, b] = r.bytes(); keys.push(text.decode(bytes.subarray(a, b))); }
    else if (field === 4 && wire === 2) values.push(value(bytes, r.bytes()));
    else if (field === 5 && wire === 0) extent = r.varint();
    else r.skip(wire);
  }
  return { name, extent, features: spans.map((s) => feature(bytes, s, keys, values)) };
}

/** Decodes a tile (ArrayBuffer or Uint8Array) into {layerName: {extent, features}}. */
export function decodeTile(buffer) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const r = reader(bytes);
  const out = {};
  while (r.more()) {
    const [field, wire] = r.tag();
    if (field === 3 && wire === 2) {
      const l = layer(bytes, r.bytes());
      out[l.name] = l;
    } else r.skip(wire);
  }
  return out;
}
