// kernel k92h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t1197: array<f32>;
@group(0) @binding(3) var<storage, read> t1204: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1208: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_blocks_1_mlp_fc_w[i];
  let l933: f32 = t671[0i];
  let v1205: f32 = l30 * l933;
  let x1197: f32 = t1197[i];
  let x1204: f32 = t1204[i];
  let v1206: f32 = x1197 / x1204;
  let l936: f32 = t645[0i];
  let v1207: f32 = v1206 * l936;
  let v1208: f32 = v1205 - v1207;
  t1208[i] = v1208;
}
