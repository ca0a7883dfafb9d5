// kernel k111i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t981: array<f32>;
@group(0) @binding(2) var<storage, read_write> t982: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_norm_g[i];
    let x981: f32 = t981[i];
    let v982: f32 = l19 - x981;
    t982[i] = v982;
  }
}
