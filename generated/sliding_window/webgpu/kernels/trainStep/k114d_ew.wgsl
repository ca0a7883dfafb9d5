// kernel k114d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t781: array<f32>;
@group(0) @binding(3) var<storage, read> t792: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t798: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l793: f32 = t609[0i];
  let v794: f32 = l8 * l793;
  let x781: f32 = t781[i];
  let x792: f32 = t792[i];
  let v795: f32 = x781 / x792;
  let l796: f32 = t583[0i];
  let v797: f32 = v795 * l796;
  let v798: f32 = v794 - v797;
  t798[i] = v798;
}
