// kernel k161b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_u: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1166: array<f32>;
@group(0) @binding(3) var<storage, read> t1177: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1183: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_blocks_0_ffn_u[i];
  let l1178: f32 = t843[0i];
  let v1179: f32 = l17 * l1178;
  let x1166: f32 = t1166[i];
  let x1177: f32 = t1177[i];
  let v1180: f32 = x1166 / x1177;
  let l1181: f32 = t817[0i];
  let v1182: f32 = v1180 * l1181;
  let v1183: f32 = v1179 - v1182;
  t1183[i] = v1183;
}
