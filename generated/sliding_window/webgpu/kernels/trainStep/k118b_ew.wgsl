// kernel k118b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t758: array<f32>;
@group(0) @binding(2) var<storage, read> t597: array<f32>;
@group(0) @binding(3) var<storage, read_write> t760: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l6: f32 = p_layers_0_mlp_norm_g[i];
    let x758: f32 = t758[i];
    let l656: f32 = t597[0i];
    let v759: f32 = x758 * l656;
    let v760: f32 = l6 - v759;
    t760[i] = v760;
  }
}
