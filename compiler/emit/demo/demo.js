// loom's demo page (index.html), served by `loom serve DIR` with DIR's
// `loom build` packages: it imports a package's index.js as any page would,
// loads its weights with a progress bar, and streams generated text with the
// tokens/s and time to first token. WebGPU when `navigator.gpu` gives an
// adapter and a webgpu package is served; the js package otherwise.
//
// Plain browser JavaScript (no build step): the server hands it out as it is.
//
// Query parameters (all optional):
//   backend=auto|webgpu|js   which package to run (auto: webgpu if there is an adapter, else js)
//   weights=URL|none         a safetensors file or shard index (default: the first one served); none: random initParams(init)
//   init=N                   seed of initParams when there are no weights (default 0)
//   prompt, maxTokens, temperature, topK, seed   preset the form
//   autorun=1                generate once the model is loaded
//
// What the page did is kept in `window.loomDemo` (state, backend, adapter,
// tokens, text and the figures) so that a test can read it (test/emit/chromium.test.ts).

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);

/** The page's observable state. */
const demo = {
  state: 'starting', // starting | loading | ready | generating | done | error
  backend: undefined,
  adapter: undefined,
  package: undefined,
  weights: undefined,
  weightBytes: 0,
  loadMs: undefined,
  tokens: [],
  text: '',
  ttftMs: undefined,
  tokensPerSecond: undefined,
  error: undefined,
};
window.loomDemo = demo;

function setState(state, status) {
  demo.state = state;
  document.documentElement.dataset.state = state;
  if (status !== undefined) $('status').textContent = status;
}

function fail(e) {
  demo.error = e instanceof Error ? e.message : String(e);
  $('error').textContent = demo.error;
  $('progress').value = 0;
  setState('error', 'failed');
  $('run').disabled = true;
  $('stop').disabled = true;
}

const kib = (n) => (n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / (1 << 20)).toFixed(1)} MiB`);

/** The response body, reporting bytes received (and the total when the server sends Content-Length). */
async function fetchBytes(url, onBytes) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('Content-Length')) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** A GPUDevice, or why there is none (the page then falls back to js). */
async function webgpuDevice() {
  if (!navigator.gpu) return { why: 'navigator.gpu is missing (no WebGPU in this browser, or not a secure context)' };
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) return { why: 'navigator.gpu has no adapter' };
  const info = adapter.info ?? {};
  const device = await adapter.requestDevice();
  return { device, adapter: [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unknown adapter' };
}

/** Picks the package to run: the requested backend, or webgpu where an adapter exists and js otherwise. */
async function choosePackage(packages) {
  const wanted = query.get('backend') ?? 'auto';
  if (!['auto', 'webgpu', 'js'].includes(wanted)) throw new Error(`backend=${wanted}: expected auto, webgpu or js`);
  const byTarget = (t) => packages.find((p) => p.target === t);
  const served = packages.map((p) => `${p.target} (${p.url})`).join(', ');
  if (wanted !== 'js' && byTarget('webgpu')) {
    const gpu = await webgpuDevice();
    if (gpu.device) return { pkg: byTarget('webgpu'), device: gpu.device, adapter: gpu.adapter };
    if (wanted === 'webgpu' || !byTarget('js')) {
      const hint = byTarget('js') ? 'backend=auto or backend=js runs the js build' : 'serve the js build too (loom build --target js) for a CPU fallback';
      throw new Error(`WebGPU is unavailable: ${gpu.why}; ${hint} (served: ${served})`);
    }
    demo.fallback = gpu.why;
  }
  const js = byTarget('js');
  if (!js) throw new Error(`no ${wanted === 'auto' ? 'webgpu or js' : wanted} package is served (served: ${served})`);
  return { pkg: js };
}

/** Byte-level models (vocab 256) read and write text; others take and show token ids. */
function tokenizer(vocab) {
  if (vocab === 256) {
    // One decoder per generation, streaming: a character split over several byte tokens appears once complete.
    const decoder = new TextDecoder('utf-8');
    return { encode: (text) => [...new TextEncoder().encode(text)], decode: (t) => decoder.decode(Uint8Array.of(t), { stream: true }), flush: () => decoder.decode() };
  }
  return {
    encode: (text) => text.trim().split(/[\s,]+/).filter(Boolean).map((s) => {
      const t = Number(s);
      if (!Number.isInteger(t) || t < 0 || t >= vocab) throw new Error(`prompt: "${s}" is not a token id in [0, ${vocab}) (this model is not byte-level: give token ids)`);
      return t;
    }),
    decode: (t) => ` ${t}`,
    flush: () => '',
  };
}

// A task boundary (not a clamped setTimeout) so the browser can paint each streamed token.
const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});

async function start() {
  for (const name of ['prompt', 'maxTokens', 'temperature', 'topK', 'seed']) {
    if (query.has(name)) $(name).value = query.get(name);
  }
  const listed = await fetch('__loom/packages.json');
  if (!listed.ok) throw new Error(`${listed.url}: HTTP ${listed.status}; this page expects \`loom serve DIR\`, which lists DIR's packages there (${await listed.text()})`);
  const listing = await listed.json();
  const { pkg, device, adapter } = await choosePackage(listing.packages);
  Object.assign(demo, { backend: pkg.target, adapter, package: pkg.name });
  $('about').textContent = `${pkg.model} — ${pkg.name} on ${pkg.target}${adapter ? ` (${adapter})` : ''}${demo.fallback ? ` — WebGPU unavailable: ${demo.fallback}` : ''}`;

  setState('loading', 'importing the module…');
  const t0 = performance.now();
  const mod = await import(new URL(`${pkg.url}index.js`, location.href).href);
  const chosen = query.get('weights') ?? listing.weights[0] ?? 'none';
  let weights;
  if (chosen === 'none') {
    const seed = Number(query.get('init') ?? 0);
    weights = mod.initParams(seed);
    demo.weights = `initParams(${seed})`;
  } else if (chosen.endsWith('.index.json')) {
    // Sharded weights: load() reads the index and its shards itself (no byte progress here).
    demo.weights = chosen;
    weights = new URL(chosen, location.href).href;
  } else {
    demo.weights = chosen;
    weights = await fetchBytes(new URL(chosen, location.href).href, (received, total) => {
      demo.weightBytes = received;
      if (total) {
        $('progress').max = total;
        $('progress').value = received;
      }
      $('status').textContent = `weights ${kib(received)}${total ? ` of ${kib(total)}` : ''}`;
    });
  }
  // load() uploads the weights and builds the forward pass's pipelines; it reports no progress of its own.
  $('progress').removeAttribute('value');
  setState('loading', pkg.target === 'webgpu' ? 'uploading weights, compiling the forward pass…' : 'reading weights…');
  const model = await mod.load({ weights, ...(device ? { device } : {}) });
  demo.loadMs = performance.now() - t0;
  $('progress').max = 1;
  $('progress').value = 1;
  setState('ready', `ready: loaded in ${(demo.loadMs / 1000).toFixed(2)} s (weights: ${demo.weights})`);
  $('about').textContent += ` — weights ${demo.weights}, loaded in ${(demo.loadMs / 1000).toFixed(2)} s`;

  const vocab = mod.config?.vocab ?? 256;
  let controller;
  $('stop').onclick = () => controller?.abort(new Error('stopped'));
  $('form').onsubmit = (event) => {
    event.preventDefault();
    generate(model, tokenizer(vocab), (controller = new AbortController())).catch(fail);
  };
  $('run').disabled = false;
  if (query.get('autorun') === '1') $('form').requestSubmit();
}

async function generate(model, tok, controller) {
  const prompt = tok.encode($('prompt').value);
  const options = {
    maxTokens: Number($('maxTokens').value),
    temperature: Number($('temperature').value),
    seed: Number($('seed').value),
    signal: controller.signal,
  };
  const topK = Number($('topK').value);
  if (topK > 0) options.topK = topK;
  Object.assign(demo, { tokens: [], text: '', ttftMs: undefined, tokensPerSecond: undefined, error: undefined });
  $('error').textContent = '';
  $('output').replaceChildren(Object.assign(document.createElement('span'), { className: 'prompt', textContent: $('prompt').value }));
  const out = $('output').appendChild(document.createTextNode(''));
  $('run').disabled = true;
  $('stop').disabled = false;
  setState('generating', 'generating…');
  const t0 = performance.now();
  let tFirst;
  try {
    for await (const t of model.generate(prompt, options)) {
      const now = performance.now();
      tFirst ??= now;
      demo.tokens.push(t);
      const piece = tok.decode(t);
      demo.text += piece;
      out.appendData(piece);
      demo.ttftMs = tFirst - t0;
      // The decode rate: tokens after the first over the time since it came.
      demo.tokensPerSecond = demo.tokens.length > 1 ? ((demo.tokens.length - 1) * 1000) / (now - tFirst) : undefined;
      $('figures').textContent = figures();
      await nextTask();
    }
  } catch (e) {
    if (!controller.signal.aborted) throw e;
  } finally {
    const rest = tok.flush();
    demo.text += rest;
    out.appendData(rest);
    $('run').disabled = false;
    $('stop').disabled = true;
  }
  $('figures').textContent = figures();
  setState('done', controller.signal.aborted ? 'stopped' : 'done');
}

function figures() {
  const parts = [`${demo.tokens.length} tokens`];
  if (demo.ttftMs !== undefined) parts.push(`first token ${demo.ttftMs.toFixed(0)} ms`);
  if (demo.tokensPerSecond !== undefined) parts.push(`${demo.tokensPerSecond.toFixed(1)} tokens/s`);
  parts.push(`${demo.backend}${demo.adapter ? ` (${demo.adapter})` : ''}`);
  return parts.join(' · ');
}

start().catch(fail);
