// kernel k157b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1028: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1030: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_layers_0_mlp_norm_g[i];
    let x1028: f32 = t1028[i];
    let l834: f32 = t775[0i];
    let v1029: f32 = x1028 * l834;
    let v1030: f32 = l9 - v1029;
    t1030[i] = v1030;
  }
}
