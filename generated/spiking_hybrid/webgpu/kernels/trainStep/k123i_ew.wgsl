// kernel k123i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1059: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1060: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_norm_g[i];
    let x1059: f32 = t1059[i];
    let v1060: f32 = l19 - x1059;
    t1060[i] = v1060;
  }
}
