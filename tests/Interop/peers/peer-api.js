// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

// One W3C-API driver for a foreign WebRTC peer. The same text runs inside the Chromium page and in Node
// (with @roamhq/wrtc), so both peers behave alike. installPeerApi(env) returns the operations the
// harness calls; env supplies RTCPeerConnection, an audio track and what to do with received audio.
function installPeerApi(env) {
  const peers = new Map();

  function gatheringComplete(pc) {
    // Kandy Link does not trickle: descriptions are exchanged with every candidate in them.
    if (pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => { if (pc.iceGatheringState === 'complete') { pc.removeEventListener('icegatheringstatechange', check); resolve(); } };
      pc.addEventListener('icegatheringstatechange', check);
    });
  }

  function get(id) {
    const peer = peers.get(id);
    if (!peer) throw new Error('no peer ' + id);
    return peer;
  }

  return {
    async create(id, config) {
      const pc = new env.RTCPeerConnection(config || {});
      const peer = { pc, states: [pc.connectionState], acceptedAt: null, unmutedAt: null };
      pc.addEventListener('connectionstatechange', () => peer.states.push(pc.connectionState));
      pc.addEventListener('track', (e) => {
        // The first RTP packet unmutes the remote track: the earliest "media decrypted" signal the API has.
        e.track.addEventListener('unmute', () => { if (peer.unmutedAt === null) peer.unmutedAt = performance.now(); });
        env.playRemote(id, e.track, e.streams[0]);
      });
      peer.track = await env.audioTrack(id);
      peers.set(id, peer);
      return { id };
    },

    async offer(id) {
      const { pc, track } = get(id);
      pc.addTransceiver(track, { direction: 'sendrecv' });
      await pc.setLocalDescription(await pc.createOffer());
      await gatheringComplete(pc);
      return { type: 'offer', sdp: pc.localDescription.sdp };
    },

    async answer(id, sdp) {
      const { pc, track } = get(id);
      await pc.setRemoteDescription({ type: 'offer', sdp });
      // The offer created the audio transceiver; send on it rather than adding a second m-line.
      const transceiver = pc.getTransceivers().find((t) => t.receiver.track.kind === 'audio');
      await transceiver.sender.replaceTrack(track);
      transceiver.direction = 'sendrecv';
      await pc.setLocalDescription(await pc.createAnswer());
      await gatheringComplete(pc);
      return { type: 'answer', sdp: pc.localDescription.sdp };
    },

    async accept(id, sdp) {
      const peer = get(id);
      peer.acceptedAt = performance.now();
      await peer.pc.setRemoteDescription({ type: 'answer', sdp });
      return {};
    },

    // Summarises getStats with the W3C names the tests assert on.
    async stats(id) {
      const peer = get(id);
      const report = await peer.pc.getStats();
      const out = { connectionState: peer.pc.connectionState, states: peer.states.slice(), inbound: null, outbound: null, remoteInbound: null, transport: null, pair: null, local: null, remote: null, codecs: [] };
      const all = new Map();
      report.forEach((s) => all.set(s.id, s));
      all.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'audio') out.inbound = { packetsReceived: s.packetsReceived || 0, bytesReceived: s.bytesReceived || 0, packetsLost: s.packetsLost || 0, totalSamplesReceived: s.totalSamplesReceived || 0, audioLevel: s.audioLevel || 0, codecId: s.codecId };
        if (s.type === 'outbound-rtp' && s.kind === 'audio') out.outbound = { packetsSent: s.packetsSent || 0, bytesSent: s.bytesSent || 0, codecId: s.codecId };
        if (s.type === 'remote-inbound-rtp' && s.kind === 'audio') out.remoteInbound = { packetsLost: s.packetsLost || 0, roundTripTime: s.roundTripTime, roundTripTimeMeasurements: s.roundTripTimeMeasurements || 0 };
        if (s.type === 'transport') out.transport = { dtlsState: s.dtlsState, srtpCipher: s.srtpCipher, dtlsCipher: s.dtlsCipher, dtlsRole: s.dtlsRole, selectedCandidatePairId: s.selectedCandidatePairId };
        if (s.type === 'codec') out.codecs.push({ id: s.id, mimeType: s.mimeType, payloadType: s.payloadType });
      });
      const pair = out.transport && all.get(out.transport.selectedCandidatePairId);
      if (pair) {
        out.pair = { state: pair.state, nominated: pair.nominated };
        const local = all.get(pair.localCandidateId);
        const remote = all.get(pair.remoteCandidateId);
        out.local = local && { candidateType: local.candidateType, address: local.address || local.ip, port: local.port, protocol: local.protocol };
        out.remote = remote && { candidateType: remote.candidateType, address: remote.address || remote.ip, port: remote.port };
      }
      // Milliseconds from setRemoteDescription(answer) to the first received packet, on the offering side.
      out.firstMediaMs = peer.acceptedAt !== null && peer.unmutedAt !== null ? peer.unmutedAt - peer.acceptedAt : null;
      return out;
    },

    // Resolves once inbound audio packets were seen (polling getStats, the only signal the W3C API gives).
    async waitInbound(id, minPackets, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const s = await this.stats(id);
        if (s.inbound && s.inbound.packetsReceived >= minPackets) return s;
        if (Date.now() > deadline || s.connectionState === 'failed') return s;
        await new Promise((r) => setTimeout(r, 20));
      }
    },

    // Queues DTMF on the audio sender (RTCDTMFSender); resolves once the tones are queued, not played.
    async dtmf(id, tones, duration, gap) {
      const { pc } = get(id);
      const sender = pc.getSenders().find((s) => s.track && s.track.kind === 'audio');
      if (!sender || !sender.dtmf || !sender.dtmf.canInsertDTMF) throw new Error('DTMF cannot be sent on ' + id);
      sender.dtmf.insertDTMF(tones, duration, gap);
      return {};
    },

    async close(id) {
      const peer = peers.get(id);
      if (peer) { peer.pc.close(); peers.delete(id); }
      return {};
    },
  };
}

if (typeof module !== 'undefined') module.exports = { installPeerApi };
