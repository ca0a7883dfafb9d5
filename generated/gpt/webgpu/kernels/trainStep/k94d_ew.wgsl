// kernel k94d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t925: array<f32>;
@group(0) @binding(3) var<storage, read> t936: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t942: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_blocks_0_mlp_fc_w[i];
  let l937: f32 = t675[0i];
  let v938: f32 = l14 * l937;
  let x925: f32 = t925[i];
  let x936: f32 = t936[i];
  let v939: f32 = x925 / x936;
  let l940: f32 = t649[0i];
  let v941: f32 = v939 * l940;
  let v942: f32 = v938 - v941;
  t942[i] = v942;
}
