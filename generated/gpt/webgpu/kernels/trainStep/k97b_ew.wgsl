// kernel k97b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t963: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t966: array<f32>;
@group(0) @binding(4) var<storage, read> t286: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1213: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_blocks_0_mlp_fc_b[i];
  let x963: f32 = t963[i];
  let l964: f32 = t649[0i];
  let v965: f32 = x963 * l964;
  let v966: f32 = l15 - v965;
  t966[i] = v966;
  let l287: f32 = t286[i];
  let l943: f32 = t640[0i];
  let v1213: f32 = l287 * l943;
  t1213[i] = v1213;
}
