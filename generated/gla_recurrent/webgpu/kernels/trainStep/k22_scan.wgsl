// kernel k22_scan (compiler/std/ssm.loom:116:10)
@group(0) @binding(0) var<storage, read_write> t145: array<f32>;
@group(0) @binding(1) var<storage, read_write> t145_scratch: array<f32>;
@group(0) @binding(2) var<storage, read> t142: array<f32>;
@group(0) @binding(3) var<storage, read> t128: array<f32>;
@group(0) @binding(4) var<storage, read> t131: array<f32>;
@group(0) @binding(5) var<storage, read> t125: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k22_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 16384i; e += 256i) {
    t145_scratch[104448i + e] = 0.0f;
  }
  storageBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 1024i; e_1 += 256i) {
      let l144: f32 = t142[e_1 / 64i % 16i * 4096i + e_1 / 16i % 4i * 16i + t * 64i + e_1 % 16i];
      t145_scratch[e_1] = exp(l144);
    }
    storageBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 1024i; e_2 += 256i) {
      let a: f32 = t145_scratch[e_2];
      t145_scratch[1024i + e_2] = a;
    }
    storageBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 16384i; e_3 += 256i) {
      let a_1: f32 = t145_scratch[1024i + (e_3 / 1024i % 16i * 64i + e_3 / 256i % 4i * 16i + e_3 / 16i % 16i)];
      t145_scratch[2048i + e_3] = a_1;
    }
    storageBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 16384i; e_4 += 256i) {
      let a_2: f32 = t145_scratch[2048i + e_4];
      let a_3: f32 = t145_scratch[104448i + e_4];
      t145_scratch[18432i + e_4] = a_2 * a_3;
    }
    storageBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 1024i; e_5 += 256i) {
      let l130: f32 = t128[e_5 / 64i % 16i * 4096i + e_5 / 16i % 4i * 16i + t * 64i + e_5 % 16i];
      t145_scratch[34816i + e_5] = l130;
    }
    storageBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 1024i; e_6 += 256i) {
      let l133: f32 = t131[e_6 / 64i % 16i * 4096i + e_6 / 16i % 4i * 16i + t * 64i + e_6 % 16i];
      t145_scratch[35840i + e_6] = l133;
    }
    storageBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 16384i; e_7 += 256i) {
      let a_4: f32 = t145_scratch[34816i + (e_7 / 1024i % 16i * 64i + e_7 / 256i % 4i * 16i + e_7 / 16i % 16i)];
      t145_scratch[36864i + e_7] = a_4;
    }
    storageBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 16384i; e_8 += 256i) {
      let a_5: f32 = t145_scratch[35840i + (e_8 / 1024i % 16i * 64i + e_8 / 256i % 4i * 16i + e_8 % 16i)];
      t145_scratch[53248i + e_8] = a_5;
    }
    storageBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 16384i; e_9 += 256i) {
      let a_6: f32 = t145_scratch[36864i + e_9];
      let a_7: f32 = t145_scratch[53248i + e_9];
      t145_scratch[69632i + e_9] = a_6 * a_7;
    }
    storageBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 16384i; e_10 += 256i) {
      let a_8: f32 = t145_scratch[18432i + e_10];
      let a_9: f32 = t145_scratch[69632i + e_10];
      t145_scratch[86016i + e_10] = a_8 + a_9;
    }
    storageBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1024i; e_11 += 256i) {
      var acc: f32 = 0.0f;
      for (var r: i32 = 0i; r < 16i; r++) {
        let a_10: f32 = t145_scratch[86016i + (e_11 / 64i % 16i * 1024i + e_11 / 16i % 4i * 256i + r % 16i * 16i + e_11 % 16i)];
        let l127: f32 = t125[(e_11 / 64i % 16i * 64i + e_11 / 16i % 4i * 16i + r % 16i) / 64i % 16i * 4096i + (e_11 / 64i % 16i * 64i + e_11 / 16i % 4i * 16i + r % 16i) / 16i % 4i * 16i + t * 64i + (e_11 / 64i % 16i * 64i + e_11 / 16i % 4i * 16i + r % 16i) % 16i];
        acc += a_10 * l127;
      }
      t145_scratch[102400i + e_11] = acc;
    }
    storageBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1024i; e_12 += 256i) {
      let a_11: f32 = t145_scratch[102400i + e_12];
      t145_scratch[103424i + e_12] = a_11 / 4.0f;
    }
    storageBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1024i; e_13 += 256i) {
      t145[t * 1024i + e_13] = t145_scratch[103424i + e_13];
    }
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 16384i; e_14 += 256i) {
      t145_scratch[104448i + e_14] = t145_scratch[86016i + e_14];
    }
    storageBarrier();
  }
  for (var e_15: i32 = i32(loom_lid.x); e_15 < 16384i; e_15 += 256i) {
    t145[65536i + e_15] = t145_scratch[104448i + e_15];
  }
}
