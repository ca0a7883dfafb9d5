// kernel k47_scan (compiler/std/spiking.loom:69:10)
@group(0) @binding(0) var<storage, read_write> t275: array<f32>;
@group(0) @binding(1) var<storage, read> t273: array<f32>;
@group(0) @binding(2) var<storage, read> in_length: array<f32>;
var<workgroup> v4: array<f32, 64>;
var<workgroup> v6: array<f32, 64>;
var<workgroup> v7: array<f32, 64>;
var<workgroup> v9: array<f32, 64>;
var<workgroup> v11: array<f32, 64>;
var<workgroup> v12: array<f32, 64>;
var<workgroup> v22: array<f32, 64>;
var<workgroup> v24: array<f32, 64>;
var<workgroup> v25: array<f32, 64>;
var<workgroup> v26: array<f32, 1>;
var<workgroup> v27: array<f32, 1>;
var<workgroup> v28: array<f32, 1>;
var<workgroup> v29: array<f32, 64>;
var<workgroup> v30: array<f32, 64>;
var<workgroup> state0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k47_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 64i; e += 64i) {
    state0[e] = 0.0f;
  }
  workgroupBarrier();
  for (var step: i32 = 0i; step < 64i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 64i; e_1 += 64i) {
      let l273: f32 = t273[t * 64i + e_1 % 64i];
      let a: f32 = state0[e_1];
      v4[e_1] = l273 - a;
    }
    workgroupBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 64i; e_2 += 64i) {
      let a_1: f32 = v4[e_2];
      v6[e_2] = a_1 / 2.0f;
    }
    workgroupBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 64i) {
      let a_2: f32 = state0[e_3];
      let a_3: f32 = v6[e_3];
      v7[e_3] = a_2 + a_3;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 64i; e_4 += 64i) {
      let a_4: f32 = v7[e_4];
      v9[e_4] = a_4 - 1.0f;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 64i) {
      let a_5: f32 = v9[e_5];
      v11[e_5] = f32(a_5 >= 0.0f);
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 64i; e_6 += 64i) {
      let a_6: bool = v11[e_6] != 0.0f;
      v12[e_6] = f32(a_6);
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 64i; e_7 += 64i) {
      let a_7: f32 = v12[e_7];
      v22[e_7] = a_7;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 64i; e_8 += 64i) {
      let a_8: f32 = v22[e_8];
      v24[e_8] = 1.0f - a_8;
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 64i; e_9 += 64i) {
      let a_9: f32 = v7[e_9];
      let a_10: f32 = v24[e_9];
      v25[e_9] = a_9 * a_10;
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 1i; e_10 += 64i) {
      let l86: f32 = in_length[0i];
      v26[e_10] = l86;
    }
    workgroupBarrier();
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 1i; e_11 += 64i) {
      let a_11: f32 = f32(t);
      let a_12: f32 = v26[e_11];
      v27[e_11] = f32(a_11 < a_12);
    }
    workgroupBarrier();
    for (var e_12: i32 = i32(loom_lid.x); e_12 < 1i; e_12 += 64i) {
      let a_13: bool = v27[e_12] != 0.0f;
      v28[e_12] = f32(a_13);
    }
    workgroupBarrier();
    for (var e_13: i32 = i32(loom_lid.x); e_13 < 64i; e_13 += 64i) {
      let a_14: bool = v28[0i] != 0.0f;
      v29[e_13] = f32(a_14);
    }
    workgroupBarrier();
    for (var e_14: i32 = i32(loom_lid.x); e_14 < 64i; e_14 += 64i) {
      let a_15: bool = v29[e_14] != 0.0f;
      let a_16: f32 = v25[e_14];
      let a_17: f32 = state0[e_14];
      v30[e_14] = select(a_17, a_16, a_15);
    }
    workgroupBarrier();
    for (var e_15: i32 = i32(loom_lid.x); e_15 < 64i; e_15 += 64i) {
      t275[t * 64i + e_15] = v22[e_15];
    }
    for (var e_16: i32 = i32(loom_lid.x); e_16 < 64i; e_16 += 64i) {
      state0[e_16] = v30[e_16];
    }
    workgroupBarrier();
  }
  for (var e_17: i32 = i32(loom_lid.x); e_17 < 64i; e_17 += 64i) {
    t275[4096i + e_17] = state0[e_17];
  }
}
