// kernel k205b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1444: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1446: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k205b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_layers_1_mlp_norm_g[i];
    let x1444: f32 = t1444[i];
    let l958: f32 = t899[0i];
    let v1445: f32 = x1444 * l958;
    let v1446: f32 = l27 - v1445;
    t1446[i] = v1446;
  }
}
