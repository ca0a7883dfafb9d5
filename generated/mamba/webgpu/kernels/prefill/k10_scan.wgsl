// kernel k10_scan (compiler/std/ssm.loom:25:10)
@group(0) @binding(0) var<storage, read_write> t92: array<f32>;
@group(0) @binding(1) var<storage, read_write> t92_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t85: array<f32>;
@group(0) @binding(3) var<storage, read> t87: array<f32>;
@group(0) @binding(4) var<storage, read> t78: array<f32>;
@group(0) @binding(5) var<storage, read> t79: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_mixer_D: array<f32>;
@group(0) @binding(7) var<storage, read> in_length: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 2048i; e += 256i) {
    t92_scratch[27683i + e] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 128i; e_1 += 256i) {
      let l85: f32 = t85[t * 128i + e_1 % 128i];
      t92_scratch[e_1] = l85;
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
      let a: f32 = t92_scratch[e_2 / 16i % 128i];
      t92_scratch[128i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let l87: f32 = t87[e_3 / 16i % 128i * 16i + e_3 % 16i];
      t92_scratch[2176i + e_3] = l87;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 2048i; e_4 += 256i) {
      let a_1: f32 = t92_scratch[128i + e_4];
      let a_2: f32 = t92_scratch[2176i + e_4];
      t92_scratch[4224i + e_4] = a_1 * a_2;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let a_3: f32 = t92_scratch[4224i + e_5];
      t92_scratch[6272i + e_5] = exp(a_3);
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 2048i; e_6 += 256i) {
      let a_4: f32 = t92_scratch[6272i + e_6];
      let a_5: f32 = t92_scratch[27683i + e_6];
      t92_scratch[8320i + e_6] = a_4 * a_5;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 128i; e_7 += 256i) {
      let l85_1: f32 = t85[t * 128i + e_7 % 128i];
      let l78: f32 = t78[t * 128i + e_7 % 128i];
      t92_scratch[10368i + e_7] = l85_1 * l78;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 128i; e_8 += 256i) {
      let a_6: f32 = t92_scratch[10368i + e_8];
      t92_scratch[10496i + e_8] = a_6;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 16i; e_9 += 256i) {
      let l88: f32 = t79[4i + t * 36i + e_9 % 16i];
      t92_scratch[10624i + e_9] = l88;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let a_7: f32 = t92_scratch[10496i + e_10 / 16i % 128i];
      t92_scratch[10640i + e_10] = a_7;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      let a_8: f32 = t92_scratch[10624i + e_11 % 16i];
      t92_scratch[12688i + e_11] = a_8;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 2048i; e_12 += 256i) {
      let a_9: f32 = t92_scratch[10640i + e_12];
      let a_10: f32 = t92_scratch[12688i + e_12];
      t92_scratch[14736i + e_12] = a_9 * a_10;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 2048i; e_13 += 256i) {
      let a_11: f32 = t92_scratch[8320i + e_13];
      let a_12: f32 = t92_scratch[14736i + e_13];
      t92_scratch[16784i + e_13] = a_11 + a_12;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 16i; e_14 += 256i) {
      let l89: f32 = t79[20i + t * 36i + e_14 % 16i];
      t92_scratch[18832i + e_14] = l89;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 2048i; e_15 += 256i) {
      let a_13: f32 = t92_scratch[18832i + e_15 % 16i];
      t92_scratch[18848i + e_15] = a_13;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 2048i; e_16 += 256i) {
      let a_14: f32 = t92_scratch[16784i + e_16];
      let a_15: f32 = t92_scratch[18848i + e_16];
      t92_scratch[20896i + e_16] = a_14 * a_15;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 128i; e_17 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_16: f32 = t92_scratch[20896i + (e_17 % 128i * 16i + r % 16i)];
        acc += a_16;
      }
      t92_scratch[22944i + e_17] = acc;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 128i; e_18 += 256i) {
      let a_17: f32 = t92_scratch[22944i + e_18];
      t92_scratch[23072i + e_18] = a_17;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 128i; e_19 += 256i) {
      let l9: f32 = p_layers_0_mixer_D[e_19 % 128i];
      t92_scratch[23200i + e_19] = l9;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 128i; e_20 += 256i) {
      let a_18: f32 = t92_scratch[23200i + e_20];
      let l78_1: f32 = t78[t * 128i + e_20 % 128i];
      t92_scratch[23328i + e_20] = a_18 * l78_1;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 128i; e_21 += 256i) {
      let a_19: f32 = t92_scratch[23072i + e_21];
      let a_20: f32 = t92_scratch[23328i + e_21];
      t92_scratch[23456i + e_21] = a_19 + a_20;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 1i; e_22 += 256i) {
      let l42: f32 = in_length[0i];
      t92_scratch[23584i + e_22] = l42;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 1i; e_23 += 256i) {
      let a_21: f32 = f32(t);
      let a_22: f32 = t92_scratch[23584i + e_23];
      t92_scratch[23585i + e_23] = f32(a_21 < a_22);
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 1i; e_24 += 256i) {
      let a_23: bool = t92_scratch[23585i + e_24] != 0.0f;
      t92_scratch[23586i + e_24] = f32(a_23);
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 2048i; e_25 += 256i) {
      let a_24: bool = t92_scratch[23586i] != 0.0f;
      t92_scratch[23587i + e_25] = f32(a_24);
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 2048i; e_26 += 256i) {
      let a_25: bool = t92_scratch[23587i + e_26] != 0.0f;
      let a_26: f32 = t92_scratch[16784i + e_26];
      let a_27: f32 = t92_scratch[27683i + e_26];
      t92_scratch[25635i + e_26] = select(a_27, a_26, a_25);
    }
    storageBarrier();
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 128i; e_27 += 256i) {
      t92[t * 128i + e_27] = t92_scratch[23456i + e_27];
    }
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 2048i; e_28 += 256i) {
      t92_scratch[27683i + e_28] = t92_scratch[25635i + e_28];
    }
    storageBarrier();
  }
  for (var e_29: i32 = i32(loom_lid.x); e_29 < 2048i; e_29 += 256i) {
    t92[8192i + e_29] = t92_scratch[27683i + e_29];
  }
}
