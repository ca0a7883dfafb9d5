// kernel k115d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t784: array<f32>;
@group(0) @binding(3) var<storage, read> t795: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t801: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_mlp_w2_w[i];
  let l796: f32 = t621[0i];
  let v797: f32 = l8 * l796;
  let x784: f32 = t784[i];
  let x795: f32 = t795[i];
  let v798: f32 = x784 / x795;
  let l799: f32 = t595[0i];
  let v800: f32 = v798 * l799;
  let v801: f32 = v797 - v800;
  t801[i] = v801;
}
