// kernel k159b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_query_w: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1093: array<f32>;
@group(0) @binding(3) var<storage, read> t1104: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1110: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k159b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_blocks_0_ffn_query_w[i];
  let l1105: f32 = t843[0i];
  let v1106: f32 = l14 * l1105;
  let x1093: f32 = t1093[i];
  let x1104: f32 = t1104[i];
  let v1107: f32 = x1093 / x1104;
  let l1108: f32 = t817[0i];
  let v1109: f32 = v1107 * l1108;
  let v1110: f32 = v1106 - v1109;
  t1110[i] = v1110;
}
