// kernel k113j_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t950: array<f32>;
@group(0) @binding(3) var<storage, read> t957: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t961: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_blocks_0_attn_wo_w[i];
  let l765: f32 = t736[0i];
  let v958: f32 = l12 * l765;
  let x950: f32 = t950[i];
  let x957: f32 = t957[i];
  let v959: f32 = x950 / x957;
  let l768: f32 = t710[0i];
  let v960: f32 = v959 * l768;
  let v961: f32 = v958 - v960;
  t961[i] = v961;
}
