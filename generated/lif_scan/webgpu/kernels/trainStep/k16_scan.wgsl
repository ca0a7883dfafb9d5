// kernel k16_scan
@group(0) @binding(0) var<storage, read_write> t88: array<f32>;
@group(0) @binding(1) var<storage, read> t84: array<f32>;
@group(0) @binding(2) var<storage, read_write> t88_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t86: array<f32>;
@group(0) @binding(4) var<storage, read> t77: array<f32>;
@group(0) @binding(5) var<storage, read> t27: array<f32>;
@group(0) @binding(6) var<storage, read> t82: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k16_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 2048i; e += 256i) {
    let l85: f32 = t84[e / 128i % 16i * 128i + e % 128i];
    t88_scratch[43011i + e] = l85;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 2048i; e_1 += 256i) {
    let l87: f32 = t86[e_1 / 128i % 16i * 128i + e_1 % 128i];
    t88_scratch[45059i + e_1] = l87;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 16i; step++) {
    let t: i32 = 15i - step;
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
      let l79: f32 = t77[36864i + t * 2048i + e_2 / 128i % 16i * 128i + e_2 % 128i];
      t88_scratch[e_2] = 0.9f * l79;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let a: f32 = t88_scratch[e_3];
      let l27: f32 = t27[e_3 / 128i % 16i * 2048i + t * 128i + e_3 % 128i];
      t88_scratch[2048i + e_3] = a + l27;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 2048i; e_4 += 256i) {
      let l81: f32 = t77[69632i + t * 2048i + e_4 / 128i % 16i * 128i + e_4 % 128i];
      t88_scratch[4096i + e_4] = l81;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let a_1: f32 = t88_scratch[4096i + e_5];
      t88_scratch[6144i + e_5] = a_1;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 2048i; e_6 += 256i) {
      let a_2: f32 = t88_scratch[2048i + e_6];
      let a_3: f32 = t88_scratch[6144i + e_6];
      t88_scratch[8192i + e_6] = a_2 - a_3;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 2048i; e_7 += 256i) {
      let a_4: f32 = t88_scratch[8192i + e_7];
      t88_scratch[10240i + e_7] = a_4 - 1.0f;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 2048i; e_8 += 256i) {
      let a_5: f32 = t88_scratch[10240i + e_8];
      t88_scratch[12288i + e_8] = a_5 * 3.1415927f;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 2048i; e_9 += 256i) {
      let a_6: f32 = t88_scratch[12288i + e_9];
      let a_7: f32 = t88_scratch[12288i + e_9];
      t88_scratch[14336i + e_9] = a_6 * a_7;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let a_8: f32 = t88_scratch[14336i + e_10];
      t88_scratch[16384i + e_10] = 1.0f + a_8;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      let a_9: f32 = t88_scratch[16384i + e_11];
      t88_scratch[18432i + e_11] = 1.0f / a_9;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 2048i; e_12 += 256i) {
      let a_10: f32 = t88_scratch[18432i + e_12];
      t88_scratch[20480i + e_12] = a_10;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1i; e_13 += 256i) {
      t88_scratch[22528i + e_13] = 1.0f;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 2048i; e_14 += 256i) {
      let a_11: f32 = t88_scratch[22528i];
      t88_scratch[22529i + e_14] = a_11;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 2048i; e_15 += 256i) {
      let a_12: f32 = t88_scratch[22529i + e_15];
      let l83: f32 = t82[t * 2048i + e_15 / 128i % 16i * 128i + e_15 % 128i];
      t88_scratch[24577i + e_15] = a_12 * l83;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 1i; e_16 += 256i) {
      t88_scratch[26625i + e_16] = 1.0f;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 2048i; e_17 += 256i) {
      let a_13: f32 = t88_scratch[26625i];
      t88_scratch[26626i + e_17] = a_13;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 2048i; e_18 += 256i) {
      let a_14: f32 = t88_scratch[26626i + e_18];
      let a_15: f32 = t88_scratch[45059i + e_18];
      t88_scratch[28674i + e_18] = a_14 * a_15;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 1i; e_19 += 256i) {
      t88_scratch[30722i + e_19] = 1.0f;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 2048i; e_20 += 256i) {
      let a_16: f32 = t88_scratch[30722i];
      t88_scratch[30723i + e_20] = a_16;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 2048i; e_21 += 256i) {
      let a_17: f32 = t88_scratch[30723i + e_21];
      let a_18: f32 = t88_scratch[43011i + e_21];
      t88_scratch[32771i + e_21] = a_17 * a_18;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 2048i; e_22 += 256i) {
      let a_19: f32 = t88_scratch[24577i + e_22];
      let a_20: f32 = t88_scratch[28674i + e_22];
      t88_scratch[34819i + e_22] = a_19 + a_20;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 2048i; e_23 += 256i) {
      let a_21: f32 = t88_scratch[34819i + e_23];
      let a_22: f32 = t88_scratch[20480i + e_23];
      t88_scratch[36867i + e_23] = a_21 * a_22;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 2048i; e_24 += 256i) {
      let a_23: f32 = t88_scratch[32771i + e_24];
      let a_24: f32 = t88_scratch[36867i + e_24];
      t88_scratch[38915i + e_24] = a_23 + a_24;
    }
    storageBarrier();
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 2048i; e_25 += 256i) {
      let a_25: f32 = t88_scratch[38915i + e_25];
      t88_scratch[40963i + e_25] = a_25 * 0.9f;
    }
    storageBarrier();
    for (var e_26: i32 = i32(loom_lid.x); e_26 < 2048i; e_26 += 256i) {
      t88[t * 2048i + e_26] = t88_scratch[38915i + e_26];
    }
    for (var e_27: i32 = i32(loom_lid.x); e_27 < 2048i; e_27 += 256i) {
      t88_scratch[43011i + e_27] = t88_scratch[40963i + e_27];
    }
    for (var e_28: i32 = i32(loom_lid.x); e_28 < 2048i; e_28 += 256i) {
      t88_scratch[45059i + e_28] = 0.0f;
    }
    storageBarrier();
  }
  for (var e_29: i32 = i32(loom_lid.x); e_29 < 2048i; e_29 += 256i) {
    t88[32768i + e_29] = t88_scratch[43011i + e_29];
  }
  for (var e_30: i32 = i32(loom_lid.x); e_30 < 2048i; e_30 += 256i) {
    t88[34816i + e_30] = t88_scratch[45059i + e_30];
  }
}
