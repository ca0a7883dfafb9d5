// kernel k202i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1443: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1444: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_norm_g[i];
    let x1443: f32 = t1443[i];
    let v1444: f32 = l21 - x1443;
    t1444[i] = v1444;
  }
}
