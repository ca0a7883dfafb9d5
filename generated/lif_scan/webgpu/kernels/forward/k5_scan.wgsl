// kernel k5_scan (dsl-examples/lif_scan.loom:14:14)
@group(0) @binding(0) var<storage, read_write> t26: array<f32>;
@group(0) @binding(1) var<storage, read> t25: array<f32>;
var<workgroup> v4: array<f32, 128>;
var<workgroup> v5: array<f32, 128>;
var<workgroup> v6: array<f32, 128>;
var<workgroup> v8: array<f32, 128>;
var<workgroup> v9: array<f32, 128>;
var<workgroup> v11: array<f32, 128>;
var<workgroup> v13: array<f32, 128>;
var<workgroup> v14: array<f32, 128>;
var<workgroup> v24: array<f32, 128>;
var<workgroup> state0: array<f32, 128>;
var<workgroup> state1: array<f32, 128>;
@compute @workgroup_size(128, 1, 1)
fn k5_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 128i; e += 128i) {
    state0[e] = 0.0f;
  }
  for (var e_1: i32 = i32(loom_lid.x); e_1 < 128i; e_1 += 128i) {
    state1[e_1] = 0.0f;
  }
  workgroupBarrier();
  for (var step: i32 = 0i; step < 16i; step++) {
    let t: i32 = step;
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 128i; e_2 += 128i) {
      let a: f32 = state0[e_2];
      v4[e_2] = 0.9f * a;
    }
    workgroupBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 128i; e_3 += 128i) {
      let a_1: f32 = v4[e_3];
      let l25: f32 = t25[t * 128i + e_3 % 128i];
      v5[e_3] = a_1 + l25;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 128i; e_4 += 128i) {
      let a_2: f32 = state1[e_4];
      v6[e_4] = a_2;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 128i; e_5 += 128i) {
      let a_3: f32 = v6[e_5];
      v8[e_5] = a_3;
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 128i; e_6 += 128i) {
      let a_4: f32 = v5[e_6];
      let a_5: f32 = v8[e_6];
      v9[e_6] = a_4 - a_5;
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 128i; e_7 += 128i) {
      let a_6: f32 = v9[e_7];
      v11[e_7] = a_6 - 1.0f;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 128i; e_8 += 128i) {
      let a_7: f32 = v11[e_8];
      v13[e_8] = f32(a_7 > 0.0f);
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 128i; e_9 += 128i) {
      let a_8: bool = v13[e_9] != 0.0f;
      v14[e_9] = f32(a_8);
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 128i; e_10 += 128i) {
      let a_9: f32 = v14[e_10];
      v24[e_10] = a_9;
    }
    workgroupBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 128i; e_11 += 128i) {
      t26[t * 128i + e_11] = v24[e_11];
    }
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 128i; e_12 += 128i) {
      state0[e_12] = v9[e_12];
    }
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 128i; e_13 += 128i) {
      state1[e_13] = v24[e_13];
    }
    workgroupBarrier();
  }
  for (var e_14: i32 = i32(loom_lid.x); e_14 < 128i; e_14 += 128i) {
    t26[2048i + e_14] = state0[e_14];
  }
  for (var e_15: i32 = i32(loom_lid.x); e_15 < 128i; e_15 += 128i) {
    t26[2176i + e_15] = state1[e_15];
  }
}
