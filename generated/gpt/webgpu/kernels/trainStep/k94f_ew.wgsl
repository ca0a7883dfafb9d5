// kernel k94f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t972: array<f32>;
@group(0) @binding(3) var<storage, read> t979: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t983: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l16: f32 = p_blocks_0_mlp_proj_w[i];
  let l677: f32 = t675[0i];
  let v980: f32 = l16 * l677;
  let x972: f32 = t972[i];
  let x979: f32 = t979[i];
  let v981: f32 = x972 / x979;
  let l681: f32 = t649[0i];
  let v982: f32 = v981 * l681;
  let v983: f32 = v980 - v982;
  t983[i] = v983;
}
