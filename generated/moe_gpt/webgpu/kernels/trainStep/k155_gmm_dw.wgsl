// kernel k155_gmm_dw
@group(0) @binding(0) var<storage, read_write> t733: array<f32>;
@group(0) @binding(1) var<storage, read> t202: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read> t731: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155_gmm_dw(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let i0: i32 = i / 2048i;
  let i1: i32 = i / 32i % 64i;
  let i2: i32 = i % 32i;
  let l202: f32 = t202[i0];
  let off: i32 = i32(l202);
  let l202_1: f32 = t202[i0 + 1i];
  let off_1: i32 = i32(l202_1);
  var acc: f32 = 0.0f;
  for (var t: i32 = off; t < off_1; t++) {
    let l208: f32 = t208[t * 64i + i1];
    let l731: f32 = t731[t * 32i + i2];
    acc += l208 * l731;
  }
  t733[i] = acc;
}
