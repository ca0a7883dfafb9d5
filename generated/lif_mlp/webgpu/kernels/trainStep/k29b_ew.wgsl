// kernel k29b_ew
@group(0) @binding(0) var<storage, read> p_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t977: array<f32>;
@group(0) @binding(2) var<storage, read> t801: array<f32>;
@group(0) @binding(3) var<storage, read_write> t980: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_head_b[i];
  let x977: f32 = t977[i];
  let l978: f32 = t801[0i];
  let v979: f32 = x977 * l978;
  let v980: f32 = l6 - v979;
  t980[i] = v980;
}
