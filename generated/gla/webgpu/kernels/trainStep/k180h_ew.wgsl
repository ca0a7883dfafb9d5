// kernel k180h_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1094: array<f32>;
@group(0) @binding(3) var<storage, read> t1101: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1105: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_attn_wr_w[i];
  let l981: f32 = t925[0i];
  let v1102: f32 = l8 * l981;
  let x1094: f32 = t1094[i];
  let x1101: f32 = t1101[i];
  let v1103: f32 = x1094 / x1101;
  let l984: f32 = t899[0i];
  let v1104: f32 = v1103 * l984;
  let v1105: f32 = v1102 - v1104;
  t1105[i] = v1105;
}
