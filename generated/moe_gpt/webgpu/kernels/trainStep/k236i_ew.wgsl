// kernel k236i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1676: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1677: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l29: f32 = p_norm_g[i];
    let x1676: f32 = t1676[i];
    let v1677: f32 = l29 - x1676;
    t1677[i] = v1677;
  }
}
