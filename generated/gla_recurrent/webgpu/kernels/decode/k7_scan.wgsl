// kernel k7_scan (compiler/std/ssm.loom:116:10)
@group(0) @binding(0) var<storage, read_write> t67: array<f32>;
@group(0) @binding(1) var<storage, read> p_recurrent_0_S: array<f32>;
@group(0) @binding(2) var<storage, read_write> t67_scratch: array<f32>;
@group(0) @binding(3) var<storage, read> t63: array<f32>;
@group(0) @binding(4) var<storage, read> t49: array<f32>;
@group(0) @binding(5) var<storage, read> t52: array<f32>;
@group(0) @binding(6) var<storage, read> t46: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 1024i; e += 256i) {
    let l66: f32 = p_recurrent_0_S[e / 256i % 4i * 256i + e / 16i % 16i * 16i + e % 16i];
    t67_scratch[6528i + e] = l66;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 1i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 64i; e_1 += 256i) {
      let l65: f32 = t63[e_1 / 16i % 4i * 16i + e_1 % 16i];
      t67_scratch[e_1] = exp(l65);
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 64i; e_2 += 256i) {
      let a: f32 = t67_scratch[e_2];
      t67_scratch[64i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 1024i; e_3 += 256i) {
      let a_1: f32 = t67_scratch[64i + (e_3 / 256i % 4i * 16i + e_3 / 16i % 16i)];
      t67_scratch[128i + e_3] = a_1;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 1024i; e_4 += 256i) {
      let a_2: f32 = t67_scratch[128i + e_4];
      let a_3: f32 = t67_scratch[6528i + e_4];
      t67_scratch[1152i + e_4] = a_2 * a_3;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 256i) {
      let l51: f32 = t49[e_5 / 16i % 4i * 16i + e_5 % 16i];
      t67_scratch[2176i + e_5] = l51;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 64i; e_6 += 256i) {
      let l54: f32 = t52[e_6 / 16i % 4i * 16i + e_6 % 16i];
      t67_scratch[2240i + e_6] = l54;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 1024i; e_7 += 256i) {
      let a_4: f32 = t67_scratch[2176i + (e_7 / 256i % 4i * 16i + e_7 / 16i % 16i)];
      t67_scratch[2304i + e_7] = a_4;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 1024i; e_8 += 256i) {
      let a_5: f32 = t67_scratch[2240i + (e_8 / 256i % 4i * 16i + e_8 % 16i)];
      t67_scratch[3328i + e_8] = a_5;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 1024i; e_9 += 256i) {
      let a_6: f32 = t67_scratch[2304i + e_9];
      let a_7: f32 = t67_scratch[3328i + e_9];
      t67_scratch[4352i + e_9] = a_6 * a_7;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1024i; e_10 += 256i) {
      let a_8: f32 = t67_scratch[1152i + e_10];
      let a_9: f32 = t67_scratch[4352i + e_10];
      t67_scratch[5376i + e_10] = a_8 + a_9;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 64i; e_11 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_10: f32 = t67_scratch[5376i + (e_11 / 16i % 4i * 256i + r % 16i * 16i + e_11 % 16i)];
        let l48: f32 = t46[(e_11 / 16i % 4i * 16i + r % 16i) / 16i % 4i * 16i + (e_11 / 16i % 4i * 16i + r % 16i) % 16i];
        acc += a_10 * l48;
      }
      t67_scratch[6400i + e_11] = acc;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 64i; e_12 += 256i) {
      let a_11: f32 = t67_scratch[6400i + e_12];
      t67_scratch[6464i + e_12] = a_11 / 4.0f;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 64i; e_13 += 256i) {
      t67[t * 64i + e_13] = t67_scratch[6464i + e_13];
    }
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 1024i; e_14 += 256i) {
      t67_scratch[6528i + e_14] = t67_scratch[5376i + e_14];
    }
    storageBarrier();
  }
  for (var e_15: i32 = i32(loom_lid.x); e_15 < 1024i; e_15 += 256i) {
    t67[64i + e_15] = t67_scratch[6528i + e_15];
  }
}
