// kernel k102_scan
@group(0) @binding(0) var<storage, read_write> t659: array<f32>;
@group(0) @binding(1) var<storage, read_write> t659_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t131: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 1024i; e += 256i) {
    t659_scratch[9216i + e] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
      t659[66560i + t * 1024i + e_1] = t659_scratch[9216i + e_1];
    }
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
      let l131: f32 = t131[e_2 / 64i % 16i * 4096i + t * 64i + e_2 % 64i];
      let a: f32 = t659_scratch[9216i + e_2];
      t659_scratch[e_2] = l131 - a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 1024i; e_3 += 256i) {
      let a_1: f32 = t659_scratch[e_3];
      t659_scratch[1024i + e_3] = a_1 / 2.0f;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 1024i; e_4 += 256i) {
      let a_2: f32 = t659_scratch[9216i + e_4];
      let a_3: f32 = t659_scratch[1024i + e_4];
      t659_scratch[2048i + e_4] = a_2 + a_3;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 1024i; e_5 += 256i) {
      let a_4: f32 = t659_scratch[2048i + e_5];
      t659_scratch[3072i + e_5] = a_4 - 1.0f;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let a_5: f32 = t659_scratch[3072i + e_6];
      t659_scratch[4096i + e_6] = f32(a_5 >= 0.0f);
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 1024i; e_7 += 256i) {
      let a_6: bool = t659_scratch[4096i + e_7] != 0.0f;
      t659_scratch[5120i + e_7] = f32(a_6);
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 1024i; e_8 += 256i) {
      let a_7: f32 = t659_scratch[5120i + e_8];
      t659_scratch[6144i + e_8] = a_7;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 1024i; e_9 += 256i) {
      let a_8: f32 = t659_scratch[6144i + e_9];
      t659_scratch[7168i + e_9] = 1.0f - a_8;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1024i; e_10 += 256i) {
      let a_9: f32 = t659_scratch[2048i + e_10];
      let a_10: f32 = t659_scratch[7168i + e_10];
      t659_scratch[8192i + e_10] = a_9 * a_10;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1024i; e_11 += 256i) {
      t659[t * 1024i + e_11] = t659_scratch[6144i + e_11];
    }
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      t659_scratch[9216i + e_12] = t659_scratch[8192i + e_12];
    }
    storageBarrier();
  }
  for (var e_13: i32 = i32(loom_lid.x); e_13 < 1024i; e_13 += 256i) {
    t659[65536i + e_13] = t659_scratch[9216i + e_13];
  }
}
