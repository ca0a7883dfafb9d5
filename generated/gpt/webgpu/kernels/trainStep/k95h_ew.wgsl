// kernel k95h_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t824: array<f32>;
@group(0) @binding(3) var<storage, read> t831: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t835: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_blocks_0_attn_wv_w[i];
  let l704: f32 = t675[0i];
  let v832: f32 = l8 * l704;
  let x824: f32 = t824[i];
  let x831: f32 = t831[i];
  let v833: f32 = x824 / x831;
  let l707: f32 = t649[0i];
  let v834: f32 = v833 * l707;
  let v835: f32 = v832 - v834;
  t835[i] = v835;
}
