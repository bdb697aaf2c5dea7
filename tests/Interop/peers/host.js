// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

// Hosts foreign WebRTC peers for the xunit interop tests. Protocol: one JSON object per line.
//   in:  {"seq":1,"kind":"chromium"|"wrtc","op":"create"|"offer"|"answer"|"accept"|"stats"|"waitInbound"|"close","args":[...]}
//   out: {"seq":1,"ok":true,"result":{...}} or {"seq":1,"ok":false,"error":"..."}; first line {"ready":true}.
// The process exits when stdin ends, closing the browser it started.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { installPeerApi } = require('./peer-api');

const apiSource = fs.readFileSync(path.join(__dirname, 'peer-api.js'), 'utf8');
const backends = {};
let browser = null;
let profileDir = null;

// The flags INTEROP.md lists: loopback candidates need both the loopback flag and (fake) media permission.
const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection', '--autoplay-policy=no-user-gesture-required',
];

async function chromium() {
  const { chromium: launcher } = require('playwright-core');
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kandy-interop-chromium-'));
  const context = await launcher.launchPersistentContext(profileDir, {
    executablePath: process.env.KANDY_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    ignoreDefaultArgs: ['--mute-audio'],
  });
  browser = context;
  const page = context.pages()[0] || await context.newPage();
  // localhost is a secure context, so getUserMedia exists; the page is served from memory, not the network.
  await page.route('http://localhost/peer.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>peer</title><body></body>' }));
  await page.goto('http://localhost/peer.html');
  await page.addScriptTag({ content: apiSource + `
    window.peerApi = installPeerApi({
      RTCPeerConnection,
      audioTrack: async () => (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks()[0],
      playRemote: (id, track, stream) => {
        // Chromium counts received samples only when the stream plays in an element.
        const audio = document.createElement('audio');
        audio.autoplay = true; audio.id = 'remote-' + id;
        audio.srcObject = stream || new MediaStream([track]);
        document.body.appendChild(audio);
      },
    });` });
  return {
    call: (op, args) => page.evaluate(([o, a]) => window.peerApi[o](...a), [op, args]),
  };
}

function wrtc() {
  const w = require('@roamhq/wrtc');
  const sources = [];
  // A 440 Hz tone in 10 ms frames, the frame size RTCAudioSource expects.
  const rate = 48000; const frame = rate / 100; let phase = 0;
  const timer = setInterval(() => {
    const samples = new Int16Array(frame);
    for (let i = 0; i < frame; i++) { samples[i] = Math.round(8000 * Math.sin(phase)); phase += 2 * Math.PI * 440 / rate; }
    for (const s of sources) s.onData({ samples, sampleRate: rate, bitsPerSample: 16, channelCount: 1, numberOfFrames: frame });
  }, 10);
  timer.unref();
  const sinks = [];
  const api = installPeerApi({
    RTCPeerConnection: w.RTCPeerConnection,
    audioTrack: async () => { const s = new w.nonstandard.RTCAudioSource(); sources.push(s); return s.createTrack(); },
    // A sink pulls decoded audio, the Node equivalent of playing it.
    playRemote: (id, track) => { const sink = new w.nonstandard.RTCAudioSink(track); sink.ondata = () => {}; sinks.push(sink); },
  });
  return {
    call: (op, args) => api[op](...args),
    stop: () => { clearInterval(timer); for (const s of sinks) s.stop(); },
  };
}

async function backend(kind) {
  if (!backends[kind]) {
    if (kind === 'chromium') backends[kind] = chromium();
    else if (kind === 'wrtc') backends[kind] = Promise.resolve(wrtc());
    else throw new Error('unknown peer kind ' + kind);
  }
  return backends[kind];
}

function reply(message) { process.stdout.write(JSON.stringify(message) + '\n'); }

async function shutdown() {
  try { for (const b of Object.values(backends)) { const x = await b; if (x.stop) x.stop(); } } catch { /* closing anyway */ }
  try { if (browser) await browser.close(); } catch { /* closing anyway */ }
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  process.exit(0);
}

const input = readline.createInterface({ input: process.stdin });
input.on('line', async (line) => {
  let request;
  try { request = JSON.parse(line); } catch { return reply({ ok: false, error: 'bad json' }); }
  try {
    const b = await backend(request.kind);
    reply({ seq: request.seq, ok: true, result: await b.call(request.op, request.args || []) });
  } catch (e) {
    reply({ seq: request.seq, ok: false, error: String(e && e.stack || e) });
  }
});
input.on('close', shutdown);
process.on('SIGTERM', shutdown);
reply({ ready: true });
