// kernel k126f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read> t1011: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1015: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_blocks_0_mlp_proj_w[i];
  let l773: f32 = t771[0i];
  let v1012: f32 = l12 * l773;
  let x1004: f32 = t1004[i];
  let x1011: f32 = t1011[i];
  let v1013: f32 = x1004 / x1011;
  let l777: f32 = t745[0i];
  let v1014: f32 = v1013 * l777;
  let v1015: f32 = v1012 - v1014;
  t1015[i] = v1015;
}
