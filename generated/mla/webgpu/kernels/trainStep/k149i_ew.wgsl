// kernel k149i_ew
@group(0) @binding(0) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1304: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k149i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_norm_g[i];
    let x1304: f32 = t1304[i];
    let v1305: f32 = l25 - x1304;
    t1305[i] = v1305;
  }
}
