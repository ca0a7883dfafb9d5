// kernel k50_scan (compiler/std/spiking.loom:69:10)
@group(0) @binding(0) var<storage, read_write> t290: array<f32>;
@group(0) @binding(1) var<storage, read> p_recurrent_5_v: array<f32>;
@group(0) @binding(2) var<storage, read> t288: array<f32>;
var<workgroup> v2: array<f32, 64>;
var<workgroup> v4: array<f32, 64>;
var<workgroup> v5: array<f32, 64>;
var<workgroup> v7: array<f32, 64>;
var<workgroup> v9: array<f32, 64>;
var<workgroup> v10: array<f32, 64>;
var<workgroup> v20: array<f32, 64>;
var<workgroup> v22: array<f32, 64>;
var<workgroup> v23: array<f32, 64>;
var<workgroup> state0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k50_scan(@builtin(local_invocation_id) loom_lid: vec3<u32>) {
  for (var e: i32 = i32(loom_lid.x); e < 64i; e += 64i) {
    let l289: f32 = p_recurrent_5_v[e % 64i];
    state0[e] = l289;
  }
  workgroupBarrier();
  for (var step: i32 = 0i; step < 1i; step++) {
    let t: i32 = step;
    for (var e_1: i32 = i32(loom_lid.x); e_1 < 64i; e_1 += 64i) {
      let l288: f32 = t288[e_1 % 64i];
      let a: f32 = state0[e_1];
      v2[e_1] = l288 - a;
    }
    workgroupBarrier();
    for (var e_2: i32 = i32(loom_lid.x); e_2 < 64i; e_2 += 64i) {
      let a_1: f32 = v2[e_2];
      v4[e_2] = a_1 / 2.0f;
    }
    workgroupBarrier();
    for (var e_3: i32 = i32(loom_lid.x); e_3 < 64i; e_3 += 64i) {
      let a_2: f32 = state0[e_3];
      let a_3: f32 = v4[e_3];
      v5[e_3] = a_2 + a_3;
    }
    workgroupBarrier();
    for (var e_4: i32 = i32(loom_lid.x); e_4 < 64i; e_4 += 64i) {
      let a_4: f32 = v5[e_4];
      v7[e_4] = a_4 - 1.0f;
    }
    workgroupBarrier();
    for (var e_5: i32 = i32(loom_lid.x); e_5 < 64i; e_5 += 64i) {
      let a_5: f32 = v7[e_5];
      v9[e_5] = f32(a_5 >= 0.0f);
    }
    workgroupBarrier();
    for (var e_6: i32 = i32(loom_lid.x); e_6 < 64i; e_6 += 64i) {
      let a_6: bool = v9[e_6] != 0.0f;
      v10[e_6] = f32(a_6);
    }
    workgroupBarrier();
    for (var e_7: i32 = i32(loom_lid.x); e_7 < 64i; e_7 += 64i) {
      let a_7: f32 = v10[e_7];
      v20[e_7] = a_7;
    }
    workgroupBarrier();
    for (var e_8: i32 = i32(loom_lid.x); e_8 < 64i; e_8 += 64i) {
      let a_8: f32 = v20[e_8];
      v22[e_8] = 1.0f - a_8;
    }
    workgroupBarrier();
    for (var e_9: i32 = i32(loom_lid.x); e_9 < 64i; e_9 += 64i) {
      let a_9: f32 = v5[e_9];
      let a_10: f32 = v22[e_9];
      v23[e_9] = a_9 * a_10;
    }
    workgroupBarrier();
    for (var e_10: i32 = i32(loom_lid.x); e_10 < 64i; e_10 += 64i) {
      t290[t * 64i + e_10] = v20[e_10];
    }
    for (var e_11: i32 = i32(loom_lid.x); e_11 < 64i; e_11 += 64i) {
      state0[e_11] = v23[e_11];
    }
    workgroupBarrier();
  }
  for (var e_12: i32 = i32(loom_lid.x); e_12 < 64i; e_12 += 64i) {
    t290[64i + e_12] = state0[e_12];
  }
}
