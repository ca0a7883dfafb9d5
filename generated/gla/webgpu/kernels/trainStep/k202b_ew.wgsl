// kernel k202b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1395: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1397: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_layers_1_attn_wr_b[i];
    let x1395: f32 = t1395[i];
    let l958: f32 = t899[0i];
    let v1396: f32 = x1395 * l958;
    let v1397: f32 = l24 - v1396;
    t1397[i] = v1397;
  }
}
