// kernel k149b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1194: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_blocks_1_mlp_fc_b[i];
  let x1194: f32 = t1194[i];
  let l996: f32 = t745[0i];
  let v1195: f32 = x1194 * l996;
  let v1196: f32 = l23 - v1195;
  t1196[i] = v1196;
}
