// kernel k7_scan (dsl-examples/lif_scan.loom:14:14)
@group(0) @binding(0) var<storage, read_write> t35: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read> in_length: array<f32>;
var<workgroup> v6: array<f32, 128>;
var<workgroup> v7: array<f32, 128>;
var<workgroup> v8: array<f32, 128>;
var<workgroup> v10: array<f32, 128>;
var<workgroup> v11: array<f32, 128>;
var<workgroup> v13: array<f32, 128>;
var<workgroup> v15: array<f32, 128>;
var<workgroup> v16: array<f32, 128>;
var<workgroup> v26: array<f32, 128>;
var<workgroup> v27: array<f32, 1>;
var<workgroup> v28: array<f32, 1>;
var<workgroup> v29: array<f32, 1>;
var<workgroup> v30: array<f32, 128>;
var<workgroup> v31: array<f32, 128>;
var<workgroup> v32: array<f32, 1>;
var<workgroup> v33: array<f32, 128>;
var<workgroup> v34: array<f32, 128>;
var<workgroup> state0: array<f32, 128>;
var<workgroup> state1: array<f32, 128>;
@compute @workgroup_size(128, 1, 1)
fn k7_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
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
      v6[e_2] = 0.9f * a;
    }
    workgroupBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 128i; e_3 += 128i) {
      let a_1: f32 = v6[e_3];
      let l32: f32 = t32[t * 128i + e_3 % 128i];
      v7[e_3] = a_1 + l32;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 128i; e_4 += 128i) {
      let a_2: f32 = state1[e_4];
      v8[e_4] = a_2;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 128i; e_5 += 128i) {
      let a_3: f32 = v8[e_5];
      v10[e_5] = a_3;
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 128i; e_6 += 128i) {
      let a_4: f32 = v7[e_6];
      let a_5: f32 = v10[e_6];
      v11[e_6] = a_4 - a_5;
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 128i; e_7 += 128i) {
      let a_6: f32 = v11[e_7];
      v13[e_7] = a_6 - 1.0f;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 128i; e_8 += 128i) {
      let a_7: f32 = v13[e_8];
      v15[e_8] = f32(a_7 > 0.0f);
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 128i; e_9 += 128i) {
      let a_8: bool = v15[e_9] != 0.0f;
      v16[e_9] = f32(a_8);
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 128i; e_10 += 128i) {
      let a_9: f32 = v16[e_10];
      v26[e_10] = a_9;
    }
    workgroupBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1i; e_11 += 128i) {
      let l16: f32 = in_length[0i];
      v27[e_11] = l16;
    }
    workgroupBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1i; e_12 += 128i) {
      let a_10: f32 = f32(t);
      let a_11: f32 = v27[e_12];
      v28[e_12] = f32(a_10 < a_11);
    }
    workgroupBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 1i; e_13 += 128i) {
      let a_12: bool = v28[e_13] != 0.0f;
      v29[e_13] = f32(a_12);
    }
    workgroupBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 128i; e_14 += 128i) {
      let a_13: bool = v29[0i] != 0.0f;
      v30[e_14] = f32(a_13);
    }
    workgroupBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 128i; e_15 += 128i) {
      let a_14: bool = v30[e_15] != 0.0f;
      let a_15: f32 = v11[e_15];
      let a_16: f32 = state0[e_15];
      v31[e_15] = select(a_16, a_15, a_14);
    }
    workgroupBarrier();
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 1i; e_16 += 128i) {
      let a_17: bool = v28[e_16] != 0.0f;
      v32[e_16] = f32(a_17);
    }
    workgroupBarrier();
    for (var e_17: i32 = i32(loom_lid.x); e_17 < 128i; e_17 += 128i) {
      let a_18: bool = v32[0i] != 0.0f;
      v33[e_17] = f32(a_18);
    }
    workgroupBarrier();
    for (var e_18: i32 = i32(loom_lid.x); e_18 < 128i; e_18 += 128i) {
      let a_19: bool = v33[e_18] != 0.0f;
      let a_20: f32 = v26[e_18];
      let a_21: f32 = state1[e_18];
      v34[e_18] = select(a_21, a_20, a_19);
    }
    workgroupBarrier();
    for (var e_19: i32 = i32(loom_lid.x); e_19 < 128i; e_19 += 128i) {
      t35[t * 128i + e_19] = v26[e_19];
    }
    for (var e_20: i32 = i32(loom_lid.x); e_20 < 128i; e_20 += 128i) {
      state0[e_20] = v31[e_20];
    }
    for (var e_21: i32 = i32(loom_lid.x); e_21 < 128i; e_21 += 128i) {
      state1[e_21] = v34[e_21];
    }
    workgroupBarrier();
  }
  for (var e_22: i32 = i32(loom_lid.x); e_22 < 128i; e_22 += 128i) {
    t35[2048i + e_22] = state0[e_22];
  }
  for (var e_23: i32 = i32(loom_lid.x); e_23 < 128i; e_23 += 128i) {
    t35[2176i + e_23] = state1[e_23];
  }
}
