// kernel k19_scan
@group(0) @binding(0) var<storage, read_write> t98: array<f32>;
@group(0) @binding(1) var<storage, read_write> t98_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t13: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 2048i; e += 256i) {
    t98_scratch[18432i + e] = 0.0f;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 2048i; e_1 += 256i) {
    t98_scratch[20480i + e_1] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 16i; step++) {
    let t: i32 = step;
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 2048i; e_2 += 256i) {
      t98[36864i + t * 2048i + e_2] = t98_scratch[18432i + e_2];
    }
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 2048i; e_3 += 256i) {
      t98[69632i + t * 2048i + e_3] = t98_scratch[20480i + e_3];
    }
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 2048i; e_4 += 256i) {
      let a: f32 = t98_scratch[18432i + e_4];
      t98_scratch[e_4] = 0.9f * a;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 2048i; e_5 += 256i) {
      let a_1: f32 = t98_scratch[e_5];
      let l13: f32 = t13[e_5 / 128i % 16i * 2048i + t * 128i + e_5 % 128i];
      t98_scratch[2048i + e_5] = a_1 + l13;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 2048i; e_6 += 256i) {
      let a_2: f32 = t98_scratch[20480i + e_6];
      t98_scratch[4096i + e_6] = a_2;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 2048i; e_7 += 256i) {
      let a_3: f32 = t98_scratch[4096i + e_7];
      t98_scratch[6144i + e_7] = a_3;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 2048i; e_8 += 256i) {
      let a_4: f32 = t98_scratch[2048i + e_8];
      let a_5: f32 = t98_scratch[6144i + e_8];
      t98_scratch[8192i + e_8] = a_4 - a_5;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 2048i; e_9 += 256i) {
      let a_6: f32 = t98_scratch[8192i + e_9];
      t98_scratch[10240i + e_9] = a_6 - 1.0f;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 2048i; e_10 += 256i) {
      let a_7: f32 = t98_scratch[10240i + e_10];
      t98_scratch[12288i + e_10] = f32(a_7 > 0.0f);
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 2048i; e_11 += 256i) {
      let a_8: bool = t98_scratch[12288i + e_11] != 0.0f;
      t98_scratch[14336i + e_11] = f32(a_8);
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 2048i; e_12 += 256i) {
      let a_9: f32 = t98_scratch[14336i + e_12];
      t98_scratch[16384i + e_12] = a_9;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 2048i; e_13 += 256i) {
      t98[t * 2048i + e_13] = t98_scratch[16384i + e_13];
    }
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 2048i; e_14 += 256i) {
      t98_scratch[18432i + e_14] = t98_scratch[8192i + e_14];
    }
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 2048i; e_15 += 256i) {
      t98_scratch[20480i + e_15] = t98_scratch[16384i + e_15];
    }
    storageBarrier();
  }
  for (var e_16: i32 = i32(loom_lid.x); e_16 < 2048i; e_16 += 256i) {
    t98[32768i + e_16] = t98_scratch[18432i + e_16];
  }
  for (var e_17: i32 = i32(loom_lid.x); e_17 < 2048i; e_17 += 256i) {
    t98[34816i + e_17] = t98_scratch[20480i + e_17];
  }
}
