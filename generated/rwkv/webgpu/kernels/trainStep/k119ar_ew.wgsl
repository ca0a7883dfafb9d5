// kernel k119ar_ew
@group(0) @binding(0) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1626: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1627: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ar_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l40: f32 = p_ln_out_b[i];
    let x1626: f32 = t1626[i];
    let v1627: f32 = l40 - x1626;
    t1627[i] = v1627;
  }
}
