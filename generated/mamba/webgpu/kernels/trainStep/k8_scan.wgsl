// kernel k8_scan (compiler/std/ssm.loom:25:10)
@group(0) @binding(0) var<storage, read_write> t83: array<f32>;
@group(0) @binding(1) var<storage, read_write> t83_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t76: array<f32>;
@group(0) @binding(3) var<storage, read> t78: array<f32>;
@group(0) @binding(4) var<storage, read> t69: array<f32>;
@group(0) @binding(5) var<storage, read> t70: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_mixer_D: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 32768i; e += 256i) {
    t83_scratch[379520i + e] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 2048i; e_1 += 256i) {
      let l76: f32 = t76[e_1 / 128i % 16i * 8192i + t * 128i + e_1 % 128i];
      t83_scratch[e_1] = l76;
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 32768i; e_2 += 256i) {
      let a: f32 = t83_scratch[e_2 / 2048i % 16i * 128i + e_2 / 16i % 128i];
      t83_scratch[2048i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let l78: f32 = t78[e_3 / 16i % 128i * 16i + e_3 % 16i];
      t83_scratch[34816i + e_3] = l78;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 32768i; e_4 += 256i) {
      let a_1: f32 = t83_scratch[34816i + (e_4 / 16i % 128i * 16i + e_4 % 16i)];
      t83_scratch[36864i + e_4] = a_1;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 32768i; e_5 += 256i) {
      let a_2: f32 = t83_scratch[2048i + e_5];
      let a_3: f32 = t83_scratch[36864i + e_5];
      t83_scratch[69632i + e_5] = a_2 * a_3;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 32768i; e_6 += 256i) {
      let a_4: f32 = t83_scratch[69632i + e_6];
      t83_scratch[102400i + e_6] = exp(a_4);
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 32768i; e_7 += 256i) {
      let a_5: f32 = t83_scratch[102400i + e_7];
      let a_6: f32 = t83_scratch[379520i + e_7];
      t83_scratch[135168i + e_7] = a_5 * a_6;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 2048i; e_8 += 256i) {
      let l76_1: f32 = t76[e_8 / 128i % 16i * 8192i + t * 128i + e_8 % 128i];
      let l69: f32 = t69[e_8 / 128i % 16i * 8192i + t * 128i + e_8 % 128i];
      t83_scratch[167936i + e_8] = l76_1 * l69;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 2048i; e_9 += 256i) {
      let a_7: f32 = t83_scratch[167936i + e_9];
      t83_scratch[169984i + e_9] = a_7;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 256i; e_10 += 256i) {
      let l79: f32 = t70[4i + e_10 / 16i % 16i * 2304i + t * 36i + e_10 % 16i];
      t83_scratch[172032i + e_10] = l79;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 32768i; e_11 += 256i) {
      let a_8: f32 = t83_scratch[169984i + (e_11 / 2048i % 16i * 128i + e_11 / 16i % 128i)];
      t83_scratch[172288i + e_11] = a_8;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 32768i; e_12 += 256i) {
      let a_9: f32 = t83_scratch[172032i + (e_12 / 2048i % 16i * 16i + e_12 % 16i)];
      t83_scratch[205056i + e_12] = a_9;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 32768i; e_13 += 256i) {
      let a_10: f32 = t83_scratch[172288i + e_13];
      let a_11: f32 = t83_scratch[205056i + e_13];
      t83_scratch[237824i + e_13] = a_10 * a_11;
    }
    storageBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 32768i; e_14 += 256i) {
      let a_12: f32 = t83_scratch[135168i + e_14];
      let a_13: f32 = t83_scratch[237824i + e_14];
      t83_scratch[270592i + e_14] = a_12 + a_13;
    }
    storageBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 256i; e_15 += 256i) {
      let l80: f32 = t70[20i + e_15 / 16i % 16i * 2304i + t * 36i + e_15 % 16i];
      t83_scratch[303360i + e_15] = l80;
    }
    storageBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 32768i; e_16 += 256i) {
      let a_14: f32 = t83_scratch[303360i + (e_16 / 2048i % 16i * 16i + e_16 % 16i)];
      t83_scratch[303616i + e_16] = a_14;
    }
    storageBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 32768i; e_17 += 256i) {
      let a_15: f32 = t83_scratch[270592i + e_17];
      let a_16: f32 = t83_scratch[303616i + e_17];
      t83_scratch[336384i + e_17] = a_15 * a_16;
    }
    storageBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 2048i; e_18 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_17: f32 = t83_scratch[336384i + (e_18 / 128i % 16i * 2048i + e_18 % 128i * 16i + r % 16i)];
        acc += a_17;
      }
      t83_scratch[369152i + e_18] = acc;
    }
    storageBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 2048i; e_19 += 256i) {
      let a_18: f32 = t83_scratch[369152i + e_19];
      t83_scratch[371200i + e_19] = a_18;
    }
    storageBarrier();
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 128i; e_20 += 256i) {
      let l9: f32 = p_layers_0_mixer_D[e_20 % 128i];
      t83_scratch[373248i + e_20] = l9;
    }
    storageBarrier();
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 2048i; e_21 += 256i) {
      let a_19: f32 = t83_scratch[373248i + e_21 % 128i];
      t83_scratch[373376i + e_21] = a_19;
    }
    storageBarrier();
    for (var e_22: i32 = i32(loom_lid.x); e_22 < 2048i; e_22 += 256i) {
      let a_20: f32 = t83_scratch[373376i + e_22];
      let l69_1: f32 = t69[e_22 / 128i % 16i * 8192i + t * 128i + e_22 % 128i];
      t83_scratch[375424i + e_22] = a_20 * l69_1;
    }
    storageBarrier();
    for (var e_23: i32 = i32(loom_lid.x); e_23 < 2048i; e_23 += 256i) {
      let a_21: f32 = t83_scratch[371200i + e_23];
      let a_22: f32 = t83_scratch[375424i + e_23];
      t83_scratch[377472i + e_23] = a_21 + a_22;
    }
    storageBarrier();
    for (var e_24: i32 = i32(loom_lid.x); e_24 < 2048i; e_24 += 256i) {
      t83[t * 2048i + e_24] = t83_scratch[377472i + e_24];
    }
    for (var e_25: i32 = i32(loom_lid.x); e_25 < 32768i; e_25 += 256i) {
      t83_scratch[379520i + e_25] = t83_scratch[270592i + e_25];
    }
    storageBarrier();
  }
  for (var e_26: i32 = i32(loom_lid.x); e_26 < 32768i; e_26 += 256i) {
    t83[131072i + e_26] = t83_scratch[379520i + e_26];
  }
}
