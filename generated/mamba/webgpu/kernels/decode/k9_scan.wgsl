// kernel k9_scan (compiler/std/ssm.loom:25:10)
@group(0) @binding(0) var<storage, read_write> t75: array<f32>;
@group(0) @binding(1) var<storage, read> p_recurrent_0_h: array<f32>;
@group(0) @binding(2) var<storage, read_write> t75_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t69: array<f32>;
@group(0) @binding(4) var<storage, read> t71: array<f32>;
@group(0) @binding(5) var<storage, read> t63: array<f32>;
@group(0) @binding(6) var<storage, read> t64: array<f32>;
@group(0) @binding(7) var<storage, read> p_layers_0_mixer_D: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 2048i; e += 256i) {
    let l74: f32 = p_recurrent_0_h[e / 16i % 128i * 16i + e % 16i];
    t75_scratch[23584i + e] = l74;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 1i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 128i; e_1 += 256i) {
      let l69: f32 = t69[e_1 % 128i];
      t75_scratch[e_1] = l69;
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
      let a: f32 = t75_scratch[e_2 / 16i % 128i];
      t75_scratch[128i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let l71: f32 = t71[e_3 / 16i % 128i * 16i + e_3 % 16i];
      t75_scratch[2176i + e_3] = l71;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 2048i; e_4 += 256i) {
      let a_1: f32 = t75_scratch[128i + e_4];
      let a_2: f32 = t75_scratch[2176i + e_4];
      t75_scratch[4224i + e_4] = a_1 * a_2;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let a_3: f32 = t75_scratch[4224i + e_5];
      t75_scratch[6272i + e_5] = exp(a_3);
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 2048i; e_6 += 256i) {
      let a_4: f32 = t75_scratch[6272i + e_6];
      let a_5: f32 = t75_scratch[23584i + e_6];
      t75_scratch[8320i + e_6] = a_4 * a_5;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 128i; e_7 += 256i) {
      let l69_1: f32 = t69[e_7 % 128i];
      let l63: f32 = t63[e_7 % 128i];
      t75_scratch[10368i + e_7] = l69_1 * l63;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 128i; e_8 += 256i) {
      let a_6: f32 = t75_scratch[10368i + e_8];
      t75_scratch[10496i + e_8] = a_6;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 16i; e_9 += 256i) {
      let l72: f32 = t64[4i + e_9 % 16i];
      t75_scratch[10624i + e_9] = l72;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let a_7: f32 = t75_scratch[10496i + e_10 / 16i % 128i];
      t75_scratch[10640i + e_10] = a_7;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      let a_8: f32 = t75_scratch[10624i + e_11 % 16i];
      t75_scratch[12688i + e_11] = a_8;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 2048i; e_12 += 256i) {
      let a_9: f32 = t75_scratch[10640i + e_12];
      let a_10: f32 = t75_scratch[12688i + e_12];
      t75_scratch[14736i + e_12] = a_9 * a_10;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 2048i; e_13 += 256i) {
      let a_11: f32 = t75_scratch[8320i + e_13];
      let a_12: f32 = t75_scratch[14736i + e_13];
      t75_scratch[16784i + e_13] = a_11 + a_12;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 16i; e_14 += 256i) {
      let l73: f32 = t64[20i + e_14 % 16i];
      t75_scratch[18832i + e_14] = l73;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 2048i; e_15 += 256i) {
      let a_13: f32 = t75_scratch[18832i + e_15 % 16i];
      t75_scratch[18848i + e_15] = a_13;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 2048i; e_16 += 256i) {
      let a_14: f32 = t75_scratch[16784i + e_16];
      let a_15: f32 = t75_scratch[18848i + e_16];
      t75_scratch[20896i + e_16] = a_14 * a_15;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 128i; e_17 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_16: f32 = t75_scratch[20896i + (e_17 % 128i * 16i + r % 16i)];
        acc += a_16;
      }
      t75_scratch[22944i + e_17] = acc;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 128i; e_18 += 256i) {
      let a_17: f32 = t75_scratch[22944i + e_18];
      t75_scratch[23072i + e_18] = a_17;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 128i; e_19 += 256i) {
      let l9: f32 = p_layers_0_mixer_D[e_19 % 128i];
      t75_scratch[23200i + e_19] = l9;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 128i; e_20 += 256i) {
      let a_18: f32 = t75_scratch[23200i + e_20];
      let l63_1: f32 = t63[e_20 % 128i];
      t75_scratch[23328i + e_20] = a_18 * l63_1;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 128i; e_21 += 256i) {
      let a_19: f32 = t75_scratch[23072i + e_21];
      let a_20: f32 = t75_scratch[23328i + e_21];
      t75_scratch[23456i + e_21] = a_19 + a_20;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 128i; e_22 += 256i) {
      t75[t * 128i + e_22] = t75_scratch[23456i + e_22];
    }
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 2048i; e_23 += 256i) {
      t75_scratch[23584i + e_23] = t75_scratch[16784i + e_23];
    }
    storageBarrier();
  }
  for (var e_24: i32 = i32(loom_lid.x); e_24 < 2048i; e_24 += 256i) {
    t75[128i + e_24] = t75_scratch[23584i + e_24];
  }
}
