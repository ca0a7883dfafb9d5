// kernel k2_scan (dsl-examples/lif_scan.loom:14:14)
@group(0) @binding(0) var<storage, read_write> t16: array<f32>;
@group(0) @binding(1) var<storage, read_write> t16_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t13: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 2048i; e += 256i) {
    t16_scratch[18432i + e] = 0.0f;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 2048i; e_1 += 256i) {
    t16_scratch[20480i + e_1] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 16i; step++) {
    let t: i32 = step;
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
      let a: f32 = t16_scratch[18432i + e_2];
      t16_scratch[e_2] = 0.9f * a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      let a_1: f32 = t16_scratch[e_3];
      let l13: f32 = t13[e_3 / 128i % 16i * 2048i + t * 128i + e_3 % 128i];
      t16_scratch[2048i + e_3] = a_1 + l13;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 2048i; e_4 += 256i) {
      let a_2: f32 = t16_scratch[20480i + e_4];
      t16_scratch[4096i + e_4] = a_2;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let a_3: f32 = t16_scratch[4096i + e_5];
      t16_scratch[6144i + e_5] = a_3;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 2048i; e_6 += 256i) {
      let a_4: f32 = t16_scratch[2048i + e_6];
      let a_5: f32 = t16_scratch[6144i + e_6];
      t16_scratch[8192i + e_6] = a_4 - a_5;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 2048i; e_7 += 256i) {
      let a_6: f32 = t16_scratch[8192i + e_7];
      t16_scratch[10240i + e_7] = a_6 - 1.0f;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 2048i; e_8 += 256i) {
      let a_7: f32 = t16_scratch[10240i + e_8];
      t16_scratch[12288i + e_8] = f32(a_7 > 0.0f);
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 2048i; e_9 += 256i) {
      let a_8: bool = t16_scratch[12288i + e_9] != 0.0f;
      t16_scratch[14336i + e_9] = f32(a_8);
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let a_9: f32 = t16_scratch[14336i + e_10];
      t16_scratch[16384i + e_10] = a_9;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      t16[t * 2048i + e_11] = t16_scratch[16384i + e_11];
    }
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 2048i; e_12 += 256i) {
      t16_scratch[18432i + e_12] = t16_scratch[8192i + e_12];
    }
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 2048i; e_13 += 256i) {
      t16_scratch[20480i + e_13] = t16_scratch[16384i + e_13];
    }
    storageBarrier();
  }
  for (var e_14: i32 = i32(loom_lid.x); e_14 < 2048i; e_14 += 256i) {
    t16[32768i + e_14] = t16_scratch[18432i + e_14];
  }
  for (var e_15: i32 = i32(loom_lid.x); e_15 < 2048i; e_15 += 256i) {
    t16[34816i + e_15] = t16_scratch[20480i + e_15];
  }
}
